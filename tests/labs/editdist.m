editdist.go:16:19: s does not escape
editdist.go:16:22: t does not escape
editdist.go:17:16: ([]rune)(s) does not escape
editdist.go:17:27: ([]rune)(t) does not escape
editdist.go:18:14: make([]int, len(b) + 1) escapes to heap
editdist.go:19:13: make([]int, len(b) + 1) escapes to heap
editdist.go:37:10: s does not escape
editdist.go:37:13: t does not escape
editdist.go:38:12: make([][]int, len(s) + 1) escapes to heap
editdist.go:40:15: make([]int, len(t) + 1) escapes to heap
editdist.go:49:14: lcs ignoring self-assignment in dp[i][j] = dp[i][j + 1]
editdist.go:53:15: []byte{} does not escape
editdist.go:66:15: string(out) escapes to heap
editdist.go:70:22: [][2]string{...} does not escape
editdist.go:79:13: ... argument does not escape
editdist.go:79:45: p[0] escapes to heap
editdist.go:79:51: p[1] escapes to heap
editdist.go:79:68: editDistance(p[0], p[1]) escapes to heap
editdist.go:79:85: lcs(p[0], p[1]) escapes to heap
editdist.go:82:18: []string{...} does not escape
editdist.go:90:12: ... argument does not escape
editdist.go:90:13: best escapes to heap
editdist.go:90:13: bestD escapes to heap
