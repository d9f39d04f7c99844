cleanup.go:17:12: leaking param: name
cleanup.go:18:13: ... argument does not escape
cleanup.go:18:22: indent() + "enter" escapes to heap
cleanup.go:18:22: indent() + "enter" escapes to heap
cleanup.go:18:22: name escapes to heap
cleanup.go:20:9: func literal escapes to heap
cleanup.go:22:14: ... argument does not escape
cleanup.go:22:23: indent() + "leave" escapes to heap
cleanup.go:22:23: indent() + "leave" escapes to heap
cleanup.go:22:23: name escapes to heap
cleanup.go:31:11: leaking param: name
cleanup.go:32:13: ... argument does not escape
cleanup.go:32:22: indent() + "open" escapes to heap
cleanup.go:32:22: indent() + "open" escapes to heap
cleanup.go:32:22: name escapes to heap
cleanup.go:33:9: &File{...} escapes to heap
cleanup.go:36:7: leaking param content: f
cleanup.go:38:13: ... argument does not escape
cleanup.go:38:22: indent() + "close" escapes to heap
cleanup.go:38:22: indent() + "close" escapes to heap
cleanup.go:38:33: f.name escapes to heap
cleanup.go:41:15: leaking param: src
cleanup.go:41:20: leaking param: dst
cleanup.go:49:15: ... argument does not escape
cleanup.go:49:24: i escapes to heap
cleanup.go:49:24: indent() + "error at block" escapes to heap
cleanup.go:49:24: indent() + "error at block" escapes to heap
cleanup.go:58:19: ... argument does not escape
cleanup.go:58:20: "main done" escapes to heap
cleanup.go:60:13: ... argument does not escape
cleanup.go:60:14: "copied" escapes to heap
cleanup.go:60:14: n escapes to heap
cleanup.go:62:13: ... argument does not escape
cleanup.go:62:14: "copied" escapes to heap
cleanup.go:62:14: n escapes to heap
