stackpanic.go:12:22: leaking param: v
stackpanic.go:12:7: leaking param content: s
stackpanic.go:17:7: leaking param: s to result ~r0 level=2
stackpanic.go:19:8: "pop from empty stack" escapes to heap
stackpanic.go:22:10: (*Stack).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
stackpanic.go:27:13: leaking param: s to result v level=2
stackpanic.go:28:8: func literal does not escape
stackpanic.go:30:15: ... argument does not escape
stackpanic.go:30:16: "recovered:" escapes to heap
stackpanic.go:39:15: text does not escape
stackpanic.go:40:8: func literal does not escape
stackpanic.go:45:7: &Stack{} does not escape
stackpanic.go:49:17: string(c) escapes to heap
stackpanic.go:64:7: &Stack{} does not escape
stackpanic.go:70:14: ... argument does not escape
stackpanic.go:70:14: i escapes to heap
stackpanic.go:70:14: ok escapes to heap
stackpanic.go:70:14: v escapes to heap
stackpanic.go:72:28: []string{...} does not escape
stackpanic.go:73:13: ... argument does not escape
stackpanic.go:73:14: t escapes to heap
stackpanic.go:73:48: balanced(t) escapes to heap
