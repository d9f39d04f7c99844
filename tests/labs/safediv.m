safediv.go:10:23: ... argument does not escape
safediv.go:10:24: "cannot divide: " escapes to heap
safediv.go:18:14: nums does not escape
safediv.go:27:18: [][]int{...} does not escape
safediv.go:27:19: []int{...} does not escape
safediv.go:27:28: []int{...} does not escape
safediv.go:27:36: []int{...} does not escape
safediv.go:27:44: []int{...} does not escape
safediv.go:31:15: ... argument does not escape
safediv.go:31:17: p[0] escapes to heap
safediv.go:31:22: "/" escapes to heap
safediv.go:31:28: p[1] escapes to heap
safediv.go:31:33: "->" escapes to heap
safediv.go:31:33: err escapes to heap
safediv.go:33:15: ... argument does not escape
safediv.go:33:17: p[0] escapes to heap
safediv.go:33:22: "/" escapes to heap
safediv.go:33:28: p[1] escapes to heap
safediv.go:33:33: "=" escapes to heap
safediv.go:33:33: q escapes to heap
safediv.go:36:27: []int{...} does not escape
safediv.go:37:13: ... argument does not escape
safediv.go:37:14: "average:" escapes to heap
safediv.go:37:14: avg escapes to heap
safediv.go:37:14: err escapes to heap
safediv.go:39:13: ... argument does not escape
safediv.go:39:14: "average of nothing:" escapes to heap
safediv.go:39:14: avg escapes to heap
safediv.go:39:14: err escapes to heap
safediv.go:8:8: func literal does not escape
