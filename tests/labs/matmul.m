matmul.go:13:15: a does not escape
matmul.go:13:18: b does not escape
matmul.go:29:16: a does not escape
matmul.go:39:18: name does not escape
matmul.go:39:31: m does not escape
matmul.go:40:13: ... argument does not escape
matmul.go:40:19: name + ":" escapes to heap
matmul.go:40:19: name + ":" escapes to heap
matmul.go:43:14: ... argument does not escape
matmul.go:43:15: v escapes to heap
matmul.go:50:14: [][]int{...} does not escape
matmul.go:50:15: []int{...} does not escape
matmul.go:50:26: []int{...} does not escape
matmul.go:51:14: [][]int{...} does not escape
matmul.go:51:15: []int{...} does not escape
matmul.go:51:23: []int{...} does not escape
matmul.go:51:32: []int{...} does not escape
matmul.go:6:11: make([][]int, rows) escapes to heap
matmul.go:8:14: make([]int, cols) escapes to heap
