scoreboard.go:15:21: leaking param: name
scoreboard.go:15:7: leaking param content: b
scoreboard.go:20:7: leaking param: b to result ~r0 level=2
scoreboard.go:31:16: board.Add escapes to heap
scoreboard.go:34:16: leaking param: line
scoreboard.go:37:27: ... argument does not escape
scoreboard.go:37:28: line escapes to heap
scoreboard.go:47:19: []string{...} does not escape
scoreboard.go:51:16: ... argument does not escape
scoreboard.go:51:22: "skip:" escapes to heap
scoreboard.go:56:13: ... argument does not escape
scoreboard.go:56:13: .autotmp_5 escapes to heap
scoreboard.go:56:13: .autotmp_6 escapes to heap
scoreboard.go:57:13: ... argument does not escape
scoreboard.go:57:38: len(board.names) escapes to heap
scoreboard.go:58:13: ... argument does not escape
scoreboard.go:58:13: .autotmp_7 escapes to heap
scoreboard.go:58:13: .autotmp_8 escapes to heap
