libfunc_values.go:19:12: f does not escape
libfunc_values.go:19:35: leaking param content: xs
libfunc_values.go:20:13: make([]string, 0, len(xs)) escapes to heap
libfunc_values.go:27:14: f does not escape
libfunc_values.go:27:34: xs does not escape
libfunc_values.go:36:29: []func(string) string{...} does not escape
libfunc_values.go:38:14: ... argument does not escape
libfunc_values.go:38:16: f(" Ab ") escapes to heap
libfunc_values.go:40:13: ... argument does not escape
libfunc_values.go:40:16: up("q") escapes to heap
libfunc_values.go:40:28: apply(strings.TrimSpace, []string{...}) escapes to heap
libfunc_values.go:40:56: []string{...} does not escape
libfunc_values.go:41:13: ... argument does not escape
libfunc_values.go:41:21: mapInts(strconv.Itoa, []int{...}) escapes to heap
libfunc_values.go:41:41: []int{...} does not escape
libfunc_values.go:45:13: ... argument does not escape
libfunc_values.go:45:17: len(parts) escapes to heap
libfunc_values.go:45:30: join(parts, "+") escapes to heap
libfunc_values.go:48:13: ... argument does not escape
libfunc_values.go:48:13: n escapes to heap
libfunc_values.go:50:13: ... argument does not escape
libfunc_values.go:52:13: ... argument does not escape
libfunc_values.go:52:21: ... argument does not escape
libfunc_values.go:52:21: sprintf("%d-%s", ... argument...) escapes to heap
libfunc_values.go:52:31: 7 escapes to heap
libfunc_values.go:52:34: "z" escapes to heap
libfunc_values.go:54:10: ... argument does not escape
libfunc_values.go:54:11: "via" escapes to heap
libfunc_values.go:54:18: "value" escapes to heap
libfunc_values.go:54:27: 3 escapes to heap
libfunc_values.go:57:13: ... argument does not escape
libfunc_values.go:58:16: []string{...} escapes to heap
libfunc_values.go:61:13: ... argument does not escape
libfunc_values.go:61:13: ss escapes to heap
libfunc_values.go:63:13: ... argument does not escape
libfunc_values.go:63:22: contains("hello", "ell") escapes to heap
libfunc_values.go:63:51: strings.Map(unicode.ToUpper, "x") escapes to heap
libfunc_values.go:65:13: ... argument does not escape
libfunc_values.go:65:17: len(fields(" a b  c ")) escapes to heap
libfunc_values.go:67:13: ... argument does not escape
libfunc_values.go:67:15: q("hi\n") escapes to heap
libfunc_values.go:69:19: ... argument does not escape
libfunc_values.go:69:23: rep("ab", 3) escapes to heap
libfunc_values.go:71:13: ... argument does not escape
libfunc_values.go:71:16: g == nil escapes to heap
libfunc_values.go:73:13: ... argument does not escape
libfunc_values.go:73:16: g != nil escapes to heap
libfunc_values.go:73:25: g("ok") escapes to heap
libfunc_values.go:74:12: leaking param: s
libfunc_values.go:74:44: up(s) + "!" escapes to heap
libfunc_values.go:74:7: func literal does not escape
libfunc_values.go:75:13: ... argument does not escape
libfunc_values.go:75:15: h("hey") escapes to heap
libfunc_values.go:76:14: ... argument does not escape
libfunc_values.go:76:26: "end" escapes to heap
