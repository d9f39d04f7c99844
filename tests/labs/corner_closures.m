corner_closures.go:10:19: func literal escapes to heap
corner_closures.go:13:12: ... argument does not escape
corner_closures.go:13:14: f() escapes to heap
corner_closures.go:13:18: " " escapes to heap
corner_closures.go:17:25: []int{...} does not escape
corner_closures.go:19:19: func literal escapes to heap
corner_closures.go:22:12: ... argument does not escape
corner_closures.go:22:14: g() escapes to heap
corner_closures.go:22:18: " " escapes to heap
corner_closures.go:26:9: func literal does not escape
corner_closures.go:30:13: ... argument does not escape
corner_closures.go:30:13: total escapes to heap
corner_closures.go:31:9: func literal does not escape
corner_closures.go:32:3: moved to heap: a
corner_closures.go:32:6: moved to heap: b
corner_closures.go:33:10: func literal escapes to heap
corner_closures.go:40:12: ... argument does not escape
corner_closures.go:40:16: fib() escapes to heap
corner_closures.go:40:20: "," escapes to heap
corner_closures.go:43:11: func literal does not escape
corner_closures.go:43:16: xs does not escape
corner_closures.go:43:26: f does not escape
corner_closures.go:44:14: make([]int, len(xs)) escapes to heap
corner_closures.go:50:13: ... argument does not escape
corner_closures.go:50:19: apply([]int{...}, func literal) escapes to heap
corner_closures.go:50:25: []int{...} does not escape
corner_closures.go:50:36: func literal does not escape
corner_closures.go:51:24: map[int]int{} does not escape
corner_closures.go:53:9: func literal does not escape
corner_closures.go:63:13: ... argument does not escape
corner_closures.go:63:18: fact(10) escapes to heap
corner_closures.go:63:27: len(memo) escapes to heap
corner_closures.go:9:6: moved to heap: i
