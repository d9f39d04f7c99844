lib_method_sets.go:31:11: leaking param: w
lib_method_sets.go:31:16: s does not escape
lib_method_sets.go:32:26: ([]byte)(s) escapes to heap
lib_method_sets.go:33:13: ... argument does not escape
lib_method_sets.go:33:14: "emit" escapes to heap
lib_method_sets.go:33:14: n escapes to heap
lib_method_sets.go:36:15: leaking param: x
lib_method_sets.go:39:13: ... argument does not escape
lib_method_sets.go:41:13: ... argument does not escape
lib_method_sets.go:43:13: ... argument does not escape
lib_method_sets.go:49:16: ([]byte)("direct\n") does not escape
lib_method_sets.go:49:9: devirtualizing w.Write to *os.File
lib_method_sets.go:50:12: ... argument does not escape
lib_method_sets.go:52:6: moved to heap: sb
lib_method_sets.go:55:15: devirtualizing s.WriteString to *strings.Builder
lib_method_sets.go:57:13: ... argument does not escape
lib_method_sets.go:57:23: (*strings.Builder).String(st.(*strings.Builder)) escapes to heap
lib_method_sets.go:57:23: devirtualizing st.String to *strings.Builder
lib_method_sets.go:57:33: (*strings.Builder).Len(sb) escapes to heap
lib_method_sets.go:58:14: ... argument does not escape
lib_method_sets.go:58:18: "fprintln through W" escapes to heap
lib_method_sets.go:61:11: 42 escapes to heap
lib_method_sets.go:64:13: ... argument does not escape
lib_method_sets.go:67:13: ... argument does not escape
lib_method_sets.go:67:13: ok escapes to heap
lib_method_sets.go:69:15: devirtualizing b.WriteString to *strings.Builder
lib_method_sets.go:71:12: ... argument does not escape
lib_method_sets.go:71:17: "+" escapes to heap
lib_method_sets.go:72:13: ... argument does not escape
lib_method_sets.go:72:23: (*strings.Builder).String(sb) escapes to heap
