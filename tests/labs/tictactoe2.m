tictactoe2.go:11:7: &Board{} escapes to heap
tictactoe2.go:20:7: b does not escape
tictactoe2.go:28:7: b does not escape
tictactoe2.go:29:22: [][3][2]int{...} does not escape
tictactoe2.go:43:7: b does not escape
tictactoe2.go:59:19: [][2]int{...} does not escape
tictactoe2.go:63:15: ... argument does not escape
tictactoe2.go:63:16: "bad move" escapes to heap
tictactoe2.go:63:16: m escapes to heap
tictactoe2.go:67:14: ... argument does not escape
tictactoe2.go:67:38: i + 1 escapes to heap
tictactoe2.go:67:38: w escapes to heap
tictactoe2.go:76:11: ... argument does not escape
tictactoe2.go:76:20: (*Board).String(b) escapes to heap
tictactoe2.go:77:13: ... argument does not escape
tictactoe2.go:77:14: "rows:" escapes to heap
tictactoe2.go:77:26: len(b) escapes to heap
tictactoe2.go:77:31: "cols:" escapes to heap
tictactoe2.go:77:43: len(b[0]) escapes to heap
