nqueens.go:11:15: make([]int, n) escapes to heap
nqueens.go:35:17: sol does not escape
nqueens.go:39:14: ... argument does not escape
nqueens.go:39:15: "Q " escapes to heap
nqueens.go:41:14: ... argument does not escape
nqueens.go:41:15: ". " escapes to heap
nqueens.go:50:13: ... argument does not escape
nqueens.go:50:14: n escapes to heap
nqueens.go:50:49: len(solve(n)) escapes to heap
nqueens.go:53:13: ... argument does not escape
nqueens.go:53:15: s[0] escapes to heap
nqueens.go:7:14: make([]int, n) escapes to heap
nqueens.go:9:10: func literal does not escape
