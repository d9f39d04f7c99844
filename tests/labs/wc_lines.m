wc_lines.go:20:21: leaking param: line
wc_lines.go:20:7: s does not escape
wc_lines.go:23:23: ([]rune)(line) does not escape
wc_lines.go:43:15: string(b) escapes to heap
wc_lines.go:52:13: ... argument does not escape
wc_lines.go:52:14: line escapes to heap
wc_lines.go:52:14: n escapes to heap
wc_lines.go:52:44: len(strings.Fields(line)) escapes to heap
wc_lines.go:54:101: st.blank escapes to heap
wc_lines.go:54:13: ... argument does not escape
wc_lines.go:54:14: "lines" escapes to heap
wc_lines.go:54:25: st.lines escapes to heap
wc_lines.go:54:33: "words" escapes to heap
wc_lines.go:54:44: st.words escapes to heap
wc_lines.go:54:52: "bytes" escapes to heap
wc_lines.go:54:63: st.bytes escapes to heap
wc_lines.go:54:71: "runes" escapes to heap
wc_lines.go:54:82: st.runes escapes to heap
wc_lines.go:54:90: "blank" escapes to heap
wc_lines.go:55:12: ... argument does not escape
wc_lines.go:55:48: Stats.missing(st) escapes to heap
wc_lines.go:62:12: ... argument does not escape
wc_lines.go:62:41: 'a' + idx escapes to heap
wc_lines.go:62:41: most escapes to heap
