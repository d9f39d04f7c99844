pascal.go:11:17: make([]int, i + 1) escapes to heap
pascal.go:24:16: make([]string, len(row)) escapes to heap
pascal.go:26:25: ... argument does not escape
pascal.go:26:25: v escapes to heap
pascal.go:29:13: ... argument does not escape
pascal.go:29:38: line escapes to heap
pascal.go:29:38: strings.Repeat(" ", (n - i) * 2) escapes to heap
pascal.go:35:13: ... argument does not escape
pascal.go:35:14: "sum of last row:" escapes to heap
pascal.go:35:14: sum escapes to heap
pascal.go:9:14: make([][]int, n) escapes to heap
