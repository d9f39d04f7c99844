corner_printing.go:23:2: moved to heap: n
corner_printing.go:24:56: []Inner{...} escapes to heap
corner_printing.go:24:86: map[string]bool{...} escapes to heap
corner_printing.go:25:12: ... argument does not escape
corner_printing.go:25:13: o escapes to heap
corner_printing.go:25:13: o escapes to heap
corner_printing.go:28:13: ... argument does not escape
corner_printing.go:28:13: ns escapes to heap
corner_printing.go:28:25: ns == nil escapes to heap
corner_printing.go:28:36: len(nm) escapes to heap
corner_printing.go:28:47: []int{} escapes to heap
corner_printing.go:28:47: []int{} escapes to heap
corner_printing.go:28:62: map[int]int{} escapes to heap
corner_printing.go:29:12: ... argument does not escape
corner_printing.go:29:13: ns escapes to heap
corner_printing.go:29:13: ns escapes to heap
corner_printing.go:29:47: []string{} escapes to heap
corner_printing.go:29:47: []string{} escapes to heap
corner_printing.go:29:59: []string{...} escapes to heap
corner_printing.go:29:59: []string{...} escapes to heap
corner_printing.go:31:10: &Inner{...} escapes to heap
corner_printing.go:32:13: ... argument does not escape
corner_printing.go:32:19: o.Ptr.A escapes to heap
corner_printing.go:32:23: *o.Any.(*int) escapes to heap
corner_printing.go:32:39: o.Empty escapes to heap
corner_printing.go:32:55: struct {}{} escapes to heap
corner_printing.go:33:12: ... argument does not escape
corner_printing.go:33:40: true escapes to heap
corner_printing.go:33:51: -42 escapes to heap
corner_printing.go:33:56: "é" escapes to heap
corner_printing.go:34:11: ... argument does not escape
corner_printing.go:34:12: "a" escapes to heap
corner_printing.go:34:17: 1 escapes to heap
corner_printing.go:34:20: 2 escapes to heap
corner_printing.go:34:23: "b" escapes to heap
corner_printing.go:34:28: "c" escapes to heap
corner_printing.go:34:33: 3.5 escapes to heap
corner_printing.go:34:43: '\n' escapes to heap
corner_printing.go:35:11: ... argument does not escape
corner_printing.go:35:12: "\n" escapes to heap
corner_printing.go:36:13: ... argument does not escape
corner_printing.go:36:24: ... argument does not escape
corner_printing.go:36:24: fmt.Sprint(... argument...) escapes to heap
corner_printing.go:36:25: "x" escapes to heap
corner_printing.go:36:30: 1 escapes to heap
corner_printing.go:36:33: 2 escapes to heap
corner_printing.go:36:49: ... argument does not escape
corner_printing.go:36:49: fmt.Sprintln(... argument...) escapes to heap
corner_printing.go:36:50: "end" escapes to heap
corner_printing.go:37:12: ... argument does not escape
corner_printing.go:37:34: int8(-5) escapes to heap
corner_printing.go:37:46: uint16(65535) escapes to heap
corner_printing.go:37:62: float32(1.1) escapes to heap
corner_printing.go:37:80: complexLess() escapes to heap
corner_printing.go:38:12: ... argument does not escape
corner_printing.go:38:40: 1234.5678 escapes to heap
corner_printing.go:38:51: 0.00012345 escapes to heap
corner_printing.go:38:63: 100000.0 escapes to heap
corner_printing.go:38:73: 1000000.0 escapes to heap
corner_printing.go:38:84: 1e-5 escapes to heap
corner_printing.go:39:12: ... argument does not escape
corner_printing.go:39:43: []error{...} escapes to heap
corner_printing.go:39:43: []error{...} escapes to heap
corner_printing.go:41:14: []pair{...} escapes to heap
corner_printing.go:42:12: ... argument does not escape
corner_printing.go:42:13: ps escapes to heap
corner_printing.go:42:31: ps[0] escapes to heap
