deferorder.go:10:9: func literal escapes to heap
deferorder.go:11:14: ... argument does not escape
deferorder.go:11:15: "leave" escapes to heap
deferorder.go:11:15: name escapes to heap
deferorder.go:18:20: ... argument does not escape
deferorder.go:18:21: "deferred" escapes to heap
deferorder.go:18:21: i escapes to heap
deferorder.go:20:13: ... argument does not escape
deferorder.go:20:14: "loop done" escapes to heap
deferorder.go:23:16: leaking param: s
deferorder.go:24:8: func literal does not escape
deferorder.go:26:20: ... argument does not escape
deferorder.go:31:26: "not a number: " + s escapes to heap
deferorder.go:31:28: "not a number: " + s escapes to heap
deferorder.go:34:20: ... argument does not escape
deferorder.go:34:20: fmt.Sprintf("negative value %d", ... argument...) escapes to heap
deferorder.go:34:21: n escapes to heap
deferorder.go:40:8: func literal does not escape
deferorder.go:49:8: func literal does not escape
deferorder.go:56:28: []string{...} does not escape
deferorder.go:59:15: ... argument does not escape
deferorder.go:59:16: "error:" escapes to heap
deferorder.go:61:15: ... argument does not escape
deferorder.go:61:16: "parsed:" escapes to heap
deferorder.go:61:16: n escapes to heap
deferorder.go:64:13: ... argument does not escape
deferorder.go:64:13: .autotmp_3 escapes to heap
deferorder.go:64:13: .autotmp_4 escapes to heap
deferorder.go:65:13: ... argument does not escape
deferorder.go:65:13: .autotmp_5 escapes to heap
deferorder.go:65:13: .autotmp_6 escapes to heap
deferorder.go:66:13: ... argument does not escape
deferorder.go:66:14: "doubleOnReturn:" escapes to heap
deferorder.go:66:47: doubleOnReturn() escapes to heap
deferorder.go:8:12: leaking param: name
deferorder.go:9:13: ... argument does not escape
deferorder.go:9:14: "enter" escapes to heap
deferorder.go:9:14: name escapes to heap
