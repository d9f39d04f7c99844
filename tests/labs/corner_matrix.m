corner_matrix.go:15:11: make(Matrix, r) escapes to heap
corner_matrix.go:17:14: make([]float64, c) escapes to heap
corner_matrix.go:22:21: o does not escape
corner_matrix.go:22:7: m does not escape
corner_matrix.go:24:25: ... argument does not escape
corner_matrix.go:24:66: len(m) escapes to heap
corner_matrix.go:24:74: len(m[0]) escapes to heap
corner_matrix.go:24:85: len(o) escapes to heap
corner_matrix.go:24:93: len(o[0]) escapes to heap
corner_matrix.go:37:7: m does not escape
corner_matrix.go:56:13: Matrix{...} escapes to heap
corner_matrix.go:56:14: []float64{...} escapes to heap
corner_matrix.go:56:22: []float64{...} escapes to heap
corner_matrix.go:57:13: Matrix{...} does not escape
corner_matrix.go:57:14: []float64{...} does not escape
corner_matrix.go:57:22: []float64{...} does not escape
corner_matrix.go:59:11: ... argument does not escape
corner_matrix.go:59:11: c escapes to heap
corner_matrix.go:59:20: "\n" escapes to heap
corner_matrix.go:60:23: Matrix{...} does not escape
corner_matrix.go:60:24: []float64{...} does not escape
corner_matrix.go:61:13: ... argument does not escape
corner_matrix.go:68:13: ... argument does not escape
corner_matrix.go:68:13: grid escapes to heap
corner_matrix.go:68:23: len(grid) escapes to heap
corner_matrix.go:68:34: len(grid[0]) escapes to heap
corner_matrix.go:70:12: ... argument does not escape
corner_matrix.go:70:32: Temp.F(t) escapes to heap
corner_matrix.go:70:47: Temp.F(Temp(-40)) escapes to heap
corner_matrix.go:70:47: t escapes to heap
corner_matrix.go:71:107: math.Min(-1, 2) escapes to heap
corner_matrix.go:71:13: ... argument does not escape
corner_matrix.go:71:24: math.Round(2.5) escapes to heap
corner_matrix.go:71:41: math.Trunc(-2.7) escapes to heap
corner_matrix.go:71:57: math.Mod(7, 3) escapes to heap
corner_matrix.go:71:75: math.Hypot(3, 4) escapes to heap
corner_matrix.go:71:91: math.Max(3, 7) escapes to heap
corner_matrix.go:72:13: ... argument does not escape
corner_matrix.go:72:22: math.Abs(-3.2) escapes to heap
corner_matrix.go:72:38: math.Pow(2, 10) escapes to heap
corner_matrix.go:72:56: math.Cbrt(27) escapes to heap
corner_matrix.go:72:72: math.IsNaN(math.NaN()) escapes to heap
corner_matrix.go:72:96: math.IsInf(math.Inf(-1), -1) escapes to heap
corner_matrix.go:73:12: ... argument does not escape
corner_matrix.go:73:39: math.Pi escapes to heap
corner_matrix.go:73:50: math.E * 1000 escapes to heap
corner_matrix.go:73:61: math.Sqrt2 escapes to heap
corner_matrix.go:76:13: ... argument does not escape
corner_matrix.go:76:13: a escapes to heap
corner_matrix.go:76:13: s escapes to heap
corner_matrix.go:76:23: cap(s) escapes to heap
corner_matrix.go:77:22: []float64{...} does not escape
corner_matrix.go:78:13: ... argument does not escape
corner_matrix.go:78:13: a escapes to heap
