bowling.go:11:24: ... argument does not escape
bowling.go:11:25: frame escapes to heap
bowling.go:15:25: ... argument does not escape
bowling.go:15:26: frame escapes to heap
bowling.go:21:25: ... argument does not escape
bowling.go:21:26: frame escapes to heap
bowling.go:25:25: ... argument does not escape
bowling.go:25:26: frame escapes to heap
bowling.go:25:26: frameScore escapes to heap
bowling.go:29:26: ... argument does not escape
bowling.go:29:27: frame escapes to heap
bowling.go:42:27: map[string][]int{...} does not escape
bowling.go:43:18: make([]int, 20) escapes to heap
bowling.go:44:14: []int{...} escapes to heap
bowling.go:45:14: []int{...} escapes to heap
bowling.go:46:14: []int{...} escapes to heap
bowling.go:47:14: []int{...} escapes to heap
bowling.go:48:14: []int{...} escapes to heap
bowling.go:50:19: []string{...} does not escape
bowling.go:54:14: ... argument does not escape
bowling.go:54:15: name escapes to heap
bowling.go:57:13: ... argument does not escape
bowling.go:57:14: name escapes to heap
bowling.go:57:14: s escapes to heap
bowling.go:6:12: rolls does not escape
