dijkstra.go:12:15: graph does not escape
dijkstra.go:14:14: make([]int, n) escapes to heap
dijkstra.go:15:14: make([]int, n) escapes to heap
dijkstra.go:16:14: make([]bool, n) escapes to heap
dijkstra.go:43:11: prev does not escape
dijkstra.go:47:37: path(prev, prev[to]) + "->" + cities[to] escapes to heap
dijkstra.go:51:18: [][]int{...} does not escape
dijkstra.go:52:3: []int{...} does not escape
dijkstra.go:53:3: []int{...} does not escape
dijkstra.go:54:3: []int{...} does not escape
dijkstra.go:55:3: []int{...} does not escape
dijkstra.go:56:3: []int{...} does not escape
dijkstra.go:57:3: []int{...} does not escape
dijkstra.go:61:13: ... argument does not escape
dijkstra.go:61:40: cities[i] escapes to heap
dijkstra.go:61:40: d escapes to heap
dijkstra.go:61:52: path(prev, i) escapes to heap
dijkstra.go:70:14: ... argument does not escape
dijkstra.go:70:15: "E is unreachable" escapes to heap
dijkstra.go:72:13: ... argument does not escape
dijkstra.go:72:13: dist escapes to heap
