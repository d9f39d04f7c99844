tictactoe.go:22:13: ... argument does not escape
tictactoe.go:22:36: row[0] escapes to heap
tictactoe.go:22:44: row[1] escapes to heap
tictactoe.go:22:52: row[2] escapes to heap
tictactoe.go:24:15: ... argument does not escape
tictactoe.go:24:16: "---+---+---" escapes to heap
tictactoe.go:36:19: [][2]int{...} does not escape
tictactoe.go:42:14: ... argument does not escape
tictactoe.go:42:15: w escapes to heap
tictactoe.go:42:47: n + 1 escapes to heap
tictactoe.go:52:13: ... argument does not escape
tictactoe.go:52:14: "draw" escapes to heap
