handler_chain.go:20:28: leaking param: r
handler_chain.go:20:7: f does not escape
handler_chain.go:26:26: leaking param: path
handler_chain.go:26:39: leaking param: h
handler_chain.go:26:7: rt does not escape
handler_chain.go:28:25: leaking param: r
handler_chain.go:28:7: rt does not escape
handler_chain.go:32:28: "not found: " + r.Path escapes to heap
handler_chain.go:35:14: leaking param: next
handler_chain.go:35:28: leaking param: log
handler_chain.go:36:21: func literal escapes to heap
handler_chain.go:36:26: leaking param: r
handler_chain.go:38:34: ... argument does not escape
handler_chain.go:38:51: r.User escapes to heap
handler_chain.go:38:59: code escapes to heap
handler_chain.go:38:59: r.Path escapes to heap
handler_chain.go:43:11: leaking param: next
handler_chain.go:43:25: leaking param: allowed
handler_chain.go:44:14: leaking param: r
handler_chain.go:44:9: func literal escapes to heap
handler_chain.go:56:24: leaking param content: r
handler_chain.go:56:7: c does not escape
handler_chain.go:58:25: ... argument does not escape
handler_chain.go:58:54: r.User escapes to heap
handler_chain.go:58:62: c[r.User] escapes to heap
handler_chain.go:62:19: counter{} escapes to heap
handler_chain.go:63:42: map[string]Handler{} escapes to heap
handler_chain.go:63:8: &Router{...} escapes to heap
handler_chain.go:64:29: func literal escapes to heap
handler_chain.go:64:34: r does not escape
handler_chain.go:66:26: ... argument escapes to heap
handler_chain.go:66:39: func literal escapes to heap
handler_chain.go:66:44: r does not escape
handler_chain.go:67:27: "welcome, " + strings.ToUpper(r.User) escapes to heap
handler_chain.go:69:6: moved to heap: log
handler_chain.go:71:19: []Request{...} escapes to heap
handler_chain.go:75:13: ... argument does not escape
handler_chain.go:75:14: body escapes to heap
handler_chain.go:75:14: code escapes to heap
handler_chain.go:77:13: ... argument does not escape
handler_chain.go:77:26: strings.Join(log, "\n") escapes to heap
handler_chain.go:78:15: make([]string, 0, len(visits)) escapes to heap
handler_chain.go:83:13: ... argument does not escape
handler_chain.go:83:13: users escapes to heap
