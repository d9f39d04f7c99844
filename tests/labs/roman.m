roman.go:42:16: s does not escape
roman.go:56:25: []int{...} does not escape
roman.go:58:13: ... argument does not escape
roman.go:58:14: n escapes to heap
roman.go:58:14: r escapes to heap
roman.go:58:52: fromRoman(r) escapes to heap
