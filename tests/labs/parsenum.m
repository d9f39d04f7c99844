parsenum.go:10:15: s does not escape
parsenum.go:18:24: "bad number " + strconv.Quote(s) escapes to heap
parsenum.go:18:39: "bad number " + strconv.Quote(s) escapes to heap
parsenum.go:26:14: leaking param: line
parsenum.go:27:8: func literal does not escape
parsenum.go:29:24: ... argument does not escape
parsenum.go:38:13: table does not escape
parsenum.go:39:8: func literal does not escape
parsenum.go:41:15: ... argument does not escape
parsenum.go:41:16: "lookup:" escapes to heap
parsenum.go:49:19: []string{...} does not escape
parsenum.go:52:13: ... argument does not escape
parsenum.go:52:14: l escapes to heap
parsenum.go:52:14: p escapes to heap
parsenum.go:52:14: s escapes to heap
parsenum.go:54:16: []int{...} does not escape
parsenum.go:55:13: ... argument does not escape
parsenum.go:55:20: lookup(table, 2) escapes to heap
parsenum.go:55:38: lookup(table, 3) escapes to heap
parsenum.go:57:13: ... argument does not escape
parsenum.go:57:20: lookup(empty, 0) escapes to heap
