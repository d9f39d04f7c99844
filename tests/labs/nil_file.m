nil_file.go:18:21: leaking param: msg
nil_file.go:18:7: leaking param: l
nil_file.go:19:24: ... argument does not escape
nil_file.go:19:26: msg escapes to heap
nil_file.go:25:26: ([]byte)("hi") does not escape
nil_file.go:26:13: ... argument does not escape
nil_file.go:26:13: n escapes to heap
nil_file.go:28:13: ... argument does not escape
nil_file.go:28:13: n escapes to heap
nil_file.go:29:23: ... argument does not escape
nil_file.go:29:27: "x" escapes to heap
nil_file.go:30:13: ... argument does not escape
nil_file.go:30:13: n escapes to heap
nil_file.go:31:22: ... argument does not escape
nil_file.go:31:34: 5 escapes to heap
nil_file.go:32:13: ... argument does not escape
nil_file.go:32:13: n escapes to heap
nil_file.go:32:26: err == os.ErrInvalid escapes to heap
nil_file.go:34:18: devirtualizing w.Write to *os.File
nil_file.go:34:25: ([]byte)("abc") does not escape
nil_file.go:35:13: ... argument does not escape
nil_file.go:35:13: n escapes to heap
nil_file.go:35:24: w != nil escapes to heap
nil_file.go:36:21: ... argument does not escape
nil_file.go:36:25: "q" escapes to heap
nil_file.go:37:13: ... argument does not escape
nil_file.go:37:13: n escapes to heap
nil_file.go:38:12: ... argument does not escape
nil_file.go:39:33: ([]byte)("ok\n") does not escape
nil_file.go:40:13: ... argument does not escape
nil_file.go:40:13: n escapes to heap
nil_file.go:40:26: err == nil escapes to heap
nil_file.go:43:19: devirtualizing bw.Write to *strings.Builder
nil_file.go:43:26: ([]byte)("built") does not escape
nil_file.go:44:13: ... argument does not escape
nil_file.go:44:13: n escapes to heap
nil_file.go:44:31: (*strings.Builder).String(sb) escapes to heap
nil_file.go:46:14: ... argument does not escape
nil_file.go:46:15: "log failed:" escapes to heap
nil_file.go:49:14: ... argument does not escape
nil_file.go:49:15: "log ok" escapes to heap
