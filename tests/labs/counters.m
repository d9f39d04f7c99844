counters.go:14:2: moved to heap: a
counters.go:14:5: moved to heap: b
counters.go:15:9: func literal escapes to heap
counters.go:22:12: xs does not escape
counters.go:22:22: f does not escape
counters.go:23:13: make([]int, len(xs)) escapes to heap
counters.go:31:9: func literal escapes to heap
counters.go:37:13: ... argument does not escape
counters.go:37:16: c1() escapes to heap
counters.go:37:22: c1() escapes to heap
counters.go:37:28: c1() escapes to heap
counters.go:38:13: ... argument does not escape
counters.go:38:16: c2() escapes to heap
counters.go:41:12: ... argument does not escape
counters.go:41:14: f() escapes to heap
counters.go:41:18: " " escapes to heap
counters.go:44:13: []int{...} does not escape
counters.go:45:13: ... argument does not escape
counters.go:45:19: apply(xs, adder(10)) escapes to heap
counters.go:46:13: ... argument does not escape
counters.go:46:19: apply(xs, func literal) escapes to heap
counters.go:46:24: func literal does not escape
counters.go:48:9: func literal does not escape
counters.go:54:13: ... argument does not escape
counters.go:54:14: "total" escapes to heap
counters.go:54:14: total escapes to heap
counters.go:6:2: moved to heap: count
counters.go:7:9: func literal escapes to heap
