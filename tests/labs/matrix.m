matrix.go:13:15: a does not escape
matrix.go:13:18: b does not escape
matrix.go:27:14: [][]int{...} does not escape
matrix.go:27:15: []int{...} does not escape
matrix.go:27:23: []int{...} does not escape
matrix.go:28:14: [][]int{...} does not escape
matrix.go:28:15: []int{...} does not escape
matrix.go:28:23: []int{...} does not escape
matrix.go:31:14: ... argument does not escape
matrix.go:31:14: row escapes to heap
matrix.go:37:13: ... argument does not escape
matrix.go:37:13: id escapes to heap
matrix.go:6:11: make([][]int, rows) escapes to heap
matrix.go:8:14: make([]int, cols) escapes to heap
