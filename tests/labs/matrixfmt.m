matrixfmt.go:11:12: leaking param content: rows
matrixfmt.go:18:27: ... argument does not escape
matrixfmt.go:18:28: i escapes to heap
matrixfmt.go:23:26: ... argument does not escape
matrixfmt.go:23:27: i escapes to heap
matrixfmt.go:23:67: len(row) escapes to heap
matrixfmt.go:23:77: len(m[0]) escapes to heap
matrixfmt.go:30:21: o does not escape
matrixfmt.go:30:7: m does not escape
matrixfmt.go:31:13: make(Matrix, len(m)) escapes to heap
matrixfmt.go:33:16: make([]float64, len(o[0])) escapes to heap
matrixfmt.go:43:7: m does not escape
matrixfmt.go:58:26: []string{...} does not escape
matrixfmt.go:60:14: ... argument does not escape
matrixfmt.go:63:24: []string{...} does not escape
matrixfmt.go:64:11: ... argument does not escape
matrixfmt.go:64:27: Matrix.String(.autotmp_3) escapes to heap
matrixfmt.go:65:25: []string{...} does not escape
matrixfmt.go:66:13: ... argument does not escape
matrixfmt.go:67:25: []string{...} does not escape
matrixfmt.go:68:13: ... argument does not escape
matrixfmt.go:70:11: ... argument does not escape
matrixfmt.go:70:16: show(b) escapes to heap
