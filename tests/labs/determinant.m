determinant.go:12:19: []float64{} escapes to heap
determinant.go:23:10: m does not escape
determinant.go:40:18: m does not escape
determinant.go:43:14: ... argument does not escape
determinant.go:43:15: v escapes to heap
determinant.go:50:18: [][]float64{...} does not escape
determinant.go:51:3: []float64{...} does not escape
determinant.go:52:3: []float64{...} does not escape
determinant.go:53:3: []float64{...} does not escape
determinant.go:55:18: [][]float64{...} does not escape
determinant.go:56:3: []float64{...} does not escape
determinant.go:57:3: []float64{...} does not escape
determinant.go:58:3: []float64{...} does not escape
determinant.go:59:3: []float64{...} does not escape
determinant.go:61:18: [][]float64{...} does not escape
determinant.go:61:19: []float64{...} does not escape
determinant.go:61:27: []float64{...} does not escape
determinant.go:62:33: [][][]float64{...} does not escape
determinant.go:63:13: ... argument does not escape
determinant.go:63:31: i + 1 escapes to heap
determinant.go:65:13: ... argument does not escape
determinant.go:65:35: det(m) escapes to heap
determinant.go:67:25: [][]float64{...} does not escape
determinant.go:67:26: []float64{...} does not escape
determinant.go:67:37: []float64{...} does not escape
determinant.go:67:48: []float64{...} does not escape
determinant.go:69:14: ... argument does not escape
determinant.go:69:15: "singular matrix, no inverse" escapes to heap
determinant.go:6:12: m does not escape
determinant.go:71:14: ... argument does not escape
determinant.go:71:15: "det:" escapes to heap
determinant.go:71:15: d escapes to heap
