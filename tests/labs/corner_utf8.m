corner_utf8.go:13:13: ... argument does not escape
corner_utf8.go:13:14: i escapes to heap
corner_utf8.go:13:14: r escapes to heap
corner_utf8.go:13:14: r escapes to heap
corner_utf8.go:16:13: ... argument does not escape
corner_utf8.go:16:17: len(s) escapes to heap
corner_utf8.go:16:25: len(([]rune)(s)) escapes to heap
corner_utf8.go:16:32: ([]rune)(s) does not escape
corner_utf8.go:17:13: ([]byte)("héllo") escapes to heap
corner_utf8.go:18:13: ... argument does not escape
corner_utf8.go:18:13: b escapes to heap
corner_utf8.go:18:23: string(b[1:3]) escapes to heap
corner_utf8.go:18:23: string(b[1:3]) escapes to heap
corner_utf8.go:18:34: s[1] escapes to heap
corner_utf8.go:18:40: s[0:1] escapes to heap
corner_utf8.go:18:53: string(s[2]) escapes to heap
corner_utf8.go:18:53: string(s[2]) escapes to heap
corner_utf8.go:18:76: strings.ToUpper(s) escapes to heap
corner_utf8.go:19:13: []rune{...} does not escape
corner_utf8.go:20:13: ... argument does not escape
corner_utf8.go:20:20: string(r) escapes to heap
corner_utf8.go:20:20: string(r) escapes to heap
corner_utf8.go:20:50: string(rune(0x10FFFF + 1)) == "\uFFFD" escapes to heap
corner_utf8.go:20:69: string(rune(-1)) escapes to heap
corner_utf8.go:21:12: ... argument does not escape
corner_utf8.go:21:35: "é" escapes to heap
corner_utf8.go:21:41: "é" escapes to heap
corner_utf8.go:21:53: ([]byte)("hi") escapes to heap
corner_utf8.go:21:53: ([]byte)("hi") escapes to heap
corner_utf8.go:21:61: "é\x00" escapes to heap
corner_utf8.go:21:71: "é" escapes to heap
corner_utf8.go:22:6: moved to heap: sb
corner_utf8.go:24:14: ... argument does not escape
corner_utf8.go:24:20: i escapes to heap
corner_utf8.go:28:13: ... argument does not escape
corner_utf8.go:28:23: (*strings.Builder).String(sb) escapes to heap
corner_utf8.go:28:33: (*strings.Builder).Len(sb) escapes to heap
corner_utf8.go:28:50: strings.Count((*strings.Builder).String(sb), "[") escapes to heap
