sorting.go:13:20: bubbleSort ignoring self-assignment in xs[j], xs[j + 1] = xs[j + 1], xs[j]
sorting.go:13:20: bubbleSort ignoring self-assignment in xs[j], xs[j + 1] = xs[j + 1], xs[j]
sorting.go:19:15: xs does not escape
sorting.go:29:12: []int{...} escapes to heap
sorting.go:30:12: []int{...} escapes to heap
sorting.go:33:13: ... argument does not escape
sorting.go:33:13: a escapes to heap
sorting.go:33:25: isSorted(a) escapes to heap
sorting.go:34:13: ... argument does not escape
sorting.go:34:13: b escapes to heap
sorting.go:34:25: isSorted(b) escapes to heap
sorting.go:35:19: []string{...} escapes to heap
sorting.go:37:13: ... argument does not escape
sorting.go:37:13: names escapes to heap
sorting.go:8:17: xs does not escape
