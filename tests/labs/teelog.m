teelog.go:15:21: leaking param: p
teelog.go:15:7: leaking param content: t
teelog.go:31:23: format does not escape
teelog.go:31:38: leaking param content: args
teelog.go:31:7: leaking param content: l
teelog.go:33:13: ... argument does not escape
teelog.go:33:31: l.n escapes to heap
teelog.go:33:36: l.prefix escapes to heap
teelog.go:43:25: p does not escape
teelog.go:43:7: c does not escape
teelog.go:49:6: moved to heap: history
teelog.go:50:13: &Counter{} escapes to heap
teelog.go:51:9: &Tee{} escapes to heap
teelog.go:53:9: &Logger{...} does not escape
teelog.go:54:10: ... argument does not escape
teelog.go:54:39: 4 escapes to heap
teelog.go:55:10: ... argument does not escape
teelog.go:55:24: "config.txt" escapes to heap
teelog.go:57:11: ... argument does not escape
teelog.go:57:30: i + 1 escapes to heap
teelog.go:57:34: 3 escapes to heap
teelog.go:60:13: ... argument does not escape
teelog.go:60:14: "history has" escapes to heap
teelog.go:60:42: strings.Count((*strings.Builder).String(history), "\n") escapes to heap
teelog.go:60:68: "lines" escapes to heap
teelog.go:61:13: ... argument does not escape
teelog.go:61:14: "counter saw" escapes to heap
teelog.go:61:36: counter.calls escapes to heap
teelog.go:61:44: "writes" escapes to heap
teelog.go:63:13: ... argument does not escape
teelog.go:63:14: "last:" escapes to heap
teelog.go:63:28: lines[len(lines) - 1] escapes to heap
