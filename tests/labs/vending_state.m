vending_state.go:105:13: ... argument does not escape
vending_state.go:105:14: i escapes to heap
vending_state.go:105:36: m.state escapes to heap
vending_state.go:105:52: (*Machine).Handle(m, s.e, s.item) escapes to heap
vending_state.go:107:13: ... argument does not escape
vending_state.go:107:15: m.history escapes to heap
vending_state.go:107:30: State(9) escapes to heap
vending_state.go:14:34: map[State]string{...} escapes to heap
vending_state.go:20:20: ... argument does not escape
vending_state.go:20:37: int(s) escapes to heap
vending_state.go:36:7: leaking param content: m
vending_state.go:41:26: leaking param: e
vending_state.go:41:35: leaking param: item
vending_state.go:41:7: leaking param content: m
vending_state.go:50:22: ... argument does not escape
vending_state.go:50:37: m.credit escapes to heap
vending_state.go:54:28: "no such item " + item escapes to heap
vending_state.go:57:17: item + " sold out" escapes to heap
vending_state.go:60:23: ... argument does not escape
vending_state.go:60:41: p - m.credit escapes to heap
vending_state.go:68:22: ... argument does not escape
vending_state.go:68:23: change escapes to heap
vending_state.go:68:23: item escapes to heap
vending_state.go:73:22: ... argument does not escape
vending_state.go:73:23: c escapes to heap
vending_state.go:79:20: ... argument does not escape
vending_state.go:79:44: e.Kind escapes to heap
vending_state.go:79:52: m.state escapes to heap
vending_state.go:83:7: &Machine{...} does not escape
vending_state.go:84:25: map[string]int{...} escapes to heap
vending_state.go:85:25: map[string]int{...} escapes to heap
vending_state.go:90:3: []struct { e Event; item string }{...} does not escape
