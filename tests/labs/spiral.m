spiral.go:38:11: make([][]int, n) escapes to heap
spiral.go:40:14: make([]int, n) escapes to heap
spiral.go:57:16: m does not escape
spiral.go:58:11: make([][]int, len(m[0])) escapes to heap
spiral.go:5:18: m does not escape
spiral.go:60:14: make([]int, len(m)) escapes to heap
spiral.go:68:11: m does not escape
spiral.go:71:14: ... argument does not escape
spiral.go:71:15: v escapes to heap
spiral.go:78:14: [][]int{...} does not escape
spiral.go:78:15: []int{...} does not escape
spiral.go:78:29: []int{...} does not escape
spiral.go:78:43: []int{...} does not escape
spiral.go:79:13: ... argument does not escape
spiral.go:79:25: spiralOrder(a) escapes to heap
spiral.go:80:13: ... argument does not escape
spiral.go:80:25: spiralOrder([][]int{...}) escapes to heap
spiral.go:80:33: [][]int{...} does not escape
spiral.go:80:34: []int{...} does not escape
spiral.go:80:39: []int{...} does not escape
spiral.go:80:44: []int{...} does not escape
spiral.go:83:13: ... argument does not escape
spiral.go:83:25: spiralOrder(s) escapes to heap
spiral.go:89:13: ... argument does not escape
spiral.go:89:13: grid escapes to heap
spiral.go:89:25: grid == [3][3]int{...} escapes to heap
