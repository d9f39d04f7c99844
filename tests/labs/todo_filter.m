todo_filter.go:34:24: leaking param: text
todo_filter.go:34:49: leaking param: tags
todo_filter.go:34:7: leaking param content: l
todo_filter.go:36:7: &Task{...} escapes to heap
todo_filter.go:41:27: keep does not escape
todo_filter.go:41:7: leaking param content: l
todo_filter.go:51:13: leaking param: tag
todo_filter.go:52:14: t does not escape
todo_filter.go:52:9: func literal escapes to heap
todo_filter.go:62:10: leaking param: f
todo_filter.go:63:14: leaking param: t
todo_filter.go:63:9: func literal escapes to heap
todo_filter.go:66:11: leaking param: title
todo_filter.go:66:25: leaking param content: ts
todo_filter.go:67:12: ... argument does not escape
todo_filter.go:67:13: title escapes to heap
todo_filter.go:67:39: len(ts) escapes to heap
todo_filter.go:73:13: ... argument does not escape
todo_filter.go:73:14: mark escapes to heap
todo_filter.go:73:49: t.ID escapes to heap
todo_filter.go:73:55: t.Text escapes to heap
todo_filter.go:73:63: t.Pri escapes to heap
todo_filter.go:73:81: strings.Join(t.Tags, ",") escapes to heap
todo_filter.go:79:7: ... argument escapes to heap
todo_filter.go:80:7: ... argument escapes to heap
todo_filter.go:81:7: ... argument escapes to heap
todo_filter.go:82:7: ... argument escapes to heap
todo_filter.go:86:12: func literal escapes to heap
todo_filter.go:86:17: t does not escape
todo_filter.go:91:12: open escapes to heap
todo_filter.go:91:19: func literal does not escape
todo_filter.go:93:13: ... argument does not escape
todo_filter.go:93:21: open[0].Pri escapes to heap
todo_filter.go:93:35: Priority(2) escapes to heap
todo_filter.go:93:51: ... argument does not escape
todo_filter.go:93:51: fmt.Sprintf("%d", ... argument...) escapes to heap
todo_filter.go:93:58: High escapes to heap
