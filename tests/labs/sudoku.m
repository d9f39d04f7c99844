sudoku.go:100:14: ... argument does not escape
sudoku.go:100:15: ". " escapes to heap
sudoku.go:102:14: ... argument does not escape
sudoku.go:102:14: v escapes to heap
sudoku.go:102:18: " " escapes to heap
sudoku.go:122:13: ... argument does not escape
sudoku.go:122:14: "puzzle valid:" escapes to heap
sudoku.go:122:14: ok escapes to heap
sudoku.go:122:14: where escapes to heap
sudoku.go:126:13: ... argument does not escape
sudoku.go:126:14: "bad valid:" escapes to heap
sudoku.go:126:14: ok escapes to heap
sudoku.go:126:14: where escapes to heap
sudoku.go:131:13: ... argument does not escape
sudoku.go:131:14: "solved valid:" escapes to heap
sudoku.go:131:14: ok escapes to heap
sudoku.go:131:35: "unchanged copy:" escapes to heap
sudoku.go:131:60: bad[0][2] escapes to heap
sudoku.go:131:71: bad[0][3] escapes to heap
sudoku.go:21:7: b does not escape
sudoku.go:24:29: ... argument does not escape
sudoku.go:24:41: i + 1 escapes to heap
sudoku.go:31:29: ... argument does not escape
sudoku.go:31:44: i + 1 escapes to heap
sudoku.go:45:30: ... argument does not escape
sudoku.go:45:46: br + 1 escapes to heap
sudoku.go:45:52: bc + 1 escapes to heap
sudoku.go:52:7: b does not escape
sudoku.go:69:7: b does not escape
sudoku.go:93:15: ... argument does not escape
sudoku.go:93:16: "------+-------+------" escapes to heap
sudoku.go:97:14: ... argument does not escape
sudoku.go:97:15: "| " escapes to heap
