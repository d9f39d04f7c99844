board.go:27:19: [][2]int{...} does not escape
board.go:38:14: ... argument does not escape
board.go:38:18: row[0] escapes to heap
board.go:38:26: row[1] escapes to heap
board.go:38:34: row[2] escapes to heap
board.go:40:13: ... argument does not escape
board.go:40:14: "winner:" escapes to heap
board.go:40:31: winner(b) escapes to heap
board.go:5:13: leaking param: b to result ~r0 level=0
