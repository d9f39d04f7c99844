bubble.go:12:18: bubbleSort ignoring self-assignment in a[j], a[j + 1] = a[j + 1], a[j]
bubble.go:12:18: bubbleSort ignoring self-assignment in a[j], a[j + 1] = a[j + 1], a[j]
bubble.go:24:20: a does not escape
bubble.go:32:16: selectionSort ignoring self-assignment in a[i], a[min] = a[min], a[i]
bubble.go:32:16: selectionSort ignoring self-assignment in a[i], a[min] = a[min], a[i]
bubble.go:36:20: leaking param content: a
bubble.go:41:11: insertionSort ignoring self-assignment in a[j + 1] = a[j]
bubble.go:48:16: leaking param: a to result ~r0 level=0
bubble.go:55:13: make([]int, 0, len(a)) escapes to heap
bubble.go:5:17: a does not escape
bubble.go:72:12: []int{...} escapes to heap
bubble.go:73:11: make([]int, len(a)) escapes to heap
bubble.go:75:13: ... argument does not escape
bubble.go:75:14: "swaps:" escapes to heap
bubble.go:75:34: a escapes to heap
bubble.go:75:34: bubbleSort(a) escapes to heap
bubble.go:77:13: ... argument does not escape
bubble.go:77:14: "selection:" escapes to heap
bubble.go:77:14: b escapes to heap
bubble.go:78:19: []string{...} escapes to heap
bubble.go:80:13: ... argument does not escape
bubble.go:80:13: names escapes to heap
bubble.go:81:13: ... argument does not escape
bubble.go:81:23: mergeSort([]int{...}) escapes to heap
bubble.go:81:29: []int{...} escapes to heap
bubble.go:82:13: ... argument does not escape
bubble.go:82:23: mergeSort(nil) escapes to heap
bubble.go:82:33: len(mergeSort([]int{})) escapes to heap
bubble.go:82:49: []int{} does not escape
