corner_queue.go:15:21: leaking param: t
corner_queue.go:15:7: leaking param content: q
corner_queue.go:16:7: q does not escape
corner_queue.go:17:7: leaking param content: q
corner_queue.go:33:7: &Queue{} does not escape
corner_queue.go:38:13: ... argument does not escape
corner_queue.go:38:19: (*Queue).Len(q) escapes to heap
corner_queue.go:38:24: q.tasks escapes to heap
corner_queue.go:45:14: ... argument does not escape
corner_queue.go:45:15: step escapes to heap
corner_queue.go:45:46: p escapes to heap
corner_queue.go:45:46: t.Name escapes to heap
corner_queue.go:47:14: ... argument does not escape
corner_queue.go:47:15: step escapes to heap
corner_queue.go:47:42: t.Name escapes to heap
corner_queue.go:50:14: ... argument does not escape
corner_queue.go:50:15: step escapes to heap
corner_queue.go:50:41: t.Name escapes to heap
corner_queue.go:62:14: ... argument does not escape
corner_queue.go:62:21: string(row[:]) escapes to heap
corner_queue.go:62:21: string(row[:]) escapes to heap
corner_queue.go:64:19: [][]int{...} does not escape
corner_queue.go:64:20: []int{...} escapes to heap
corner_queue.go:64:31: []int{...} escapes to heap
corner_queue.go:71:13: ... argument does not escape
corner_queue.go:71:13: t escapes to heap
corner_queue.go:71:20: len(matrix[1:]) escapes to heap
corner_queue.go:71:43: matrix[1][1:] escapes to heap
