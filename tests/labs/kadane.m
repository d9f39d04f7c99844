kadane.go:22:13: a does not escape
kadane.go:33:13: m does not escape
kadane.go:5:18: a does not escape
kadane.go:62:12: []int{...} escapes to heap
kadane.go:64:13: ... argument does not escape
kadane.go:64:13: best escapes to heap
kadane.go:64:21: a[from:to + 1] escapes to heap
kadane.go:66:13: ... argument does not escape
kadane.go:66:13: i escapes to heap
kadane.go:66:13: j escapes to heap
kadane.go:66:13: ok escapes to heap
kadane.go:68:13: ... argument does not escape
kadane.go:68:13: ok escapes to heap
kadane.go:69:14: [][]int{...} does not escape
kadane.go:69:15: []int{...} does not escape
kadane.go:69:29: []int{...} does not escape
kadane.go:69:43: []int{...} does not escape
kadane.go:70:13: ... argument does not escape
kadane.go:70:20: spiral(m) escapes to heap
