debug_println.go:13:18: bubbleSort ignoring self-assignment in a[j], a[j + 1] = a[j + 1], a[j]
debug_println.go:13:18: bubbleSort ignoring self-assignment in a[j], a[j + 1] = a[j + 1], a[j]
debug_println.go:22:15: []int{...} escapes to heap
debug_println.go:23:13: ... argument does not escape
debug_println.go:23:14: "before:" escapes to heap
debug_println.go:23:14: nums escapes to heap
debug_println.go:25:13: ... argument does not escape
debug_println.go:25:14: "after:" escapes to heap
debug_println.go:25:14: nums escapes to heap
debug_println.go:27:12: ... argument does not escape
debug_println.go:27:13: n escapes to heap
debug_println.go:7:17: a does not escape
