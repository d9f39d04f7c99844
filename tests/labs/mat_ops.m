mat_ops.go:11:11: make(Matrix, r) escapes to heap
mat_ops.go:13:14: make([]float64, c) escapes to heap
mat_ops.go:28:21: b does not escape
mat_ops.go:28:7: a does not escape
mat_ops.go:45:7: a does not escape
mat_ops.go:55:7: a does not escape
mat_ops.go:63:7: a does not escape
mat_ops.go:70:20: ... argument does not escape
mat_ops.go:70:21: v escapes to heap
mat_ops.go:78:13: Matrix{...} does not escape
mat_ops.go:78:14: []float64{...} does not escape
mat_ops.go:78:25: []float64{...} does not escape
mat_ops.go:79:13: Matrix{...} does not escape
mat_ops.go:79:14: []float64{...} does not escape
mat_ops.go:79:22: []float64{...} does not escape
mat_ops.go:79:31: []float64{...} does not escape
mat_ops.go:81:11: ... argument does not escape
mat_ops.go:81:11: c escapes to heap
mat_ops.go:81:20: "\n" escapes to heap
mat_ops.go:83:13: ... argument does not escape
mat_ops.go:83:14: "a*a:" escapes to heap
mat_ops.go:84:11: ... argument does not escape
mat_ops.go:84:15: Matrix.T(a) escapes to heap
mat_ops.go:88:11: ... argument does not escape
mat_ops.go:88:11: d escapes to heap
mat_ops.go:89:13: ... argument does not escape
mat_ops.go:89:18: c[1][1] escapes to heap
mat_ops.go:89:26: len(d) escapes to heap
mat_ops.go:89:34: cap(d[0]) escapes to heap
