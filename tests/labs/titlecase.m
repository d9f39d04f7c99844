titlecase.go:28:19: s does not escape
titlecase.go:29:13: ([]rune)(s) does not escape
titlecase.go:31:14: reverseRunes ignoring self-assignment in r[i], r[j] = r[j], r[i]
titlecase.go:31:14: reverseRunes ignoring self-assignment in r[i], r[j] = r[j], r[i]
titlecase.go:33:15: string(r) escapes to heap
titlecase.go:36:17: s does not escape
titlecase.go:53:20: []string{...} does not escape
titlecase.go:55:13: ... argument does not escape
titlecase.go:55:14: s escapes to heap
titlecase.go:55:40: titleCase(s) escapes to heap
titlecase.go:56:13: ... argument does not escape
titlecase.go:56:46: reverseRunes(s) escapes to heap
titlecase.go:58:13: ... argument does not escape
titlecase.go:59:15: d escapes to heap
titlecase.go:59:15: l escapes to heap
titlecase.go:59:15: len(([]rune)(s)) escapes to heap
titlecase.go:59:15: o escapes to heap
titlecase.go:59:15: sp escapes to heap
titlecase.go:59:22: ([]rune)(s) does not escape
titlecase.go:59:7: len(s) escapes to heap
titlecase.go:61:6: moved to heap: sb
titlecase.go:66:14: ... argument does not escape
titlecase.go:66:20: i escapes to heap
titlecase.go:66:35: i * i escapes to heap
titlecase.go:68:13: ... argument does not escape
titlecase.go:68:23: (*strings.Builder).String(sb) escapes to heap
titlecase.go:68:33: (*strings.Builder).Len(sb) escapes to heap
titlecase.go:70:14: ... argument does not escape
titlecase.go:70:14: i escapes to heap
titlecase.go:70:14: r escapes to heap
titlecase.go:70:27: string(r) escapes to heap
titlecase.go:70:27: string(r) escapes to heap
titlecase.go:72:13: ([]byte)("abc") does not escape
titlecase.go:74:13: ... argument does not escape
titlecase.go:74:20: string(b) escapes to heap
titlecase.go:74:20: string(b) escapes to heap
titlecase.go:74:25: 'a' escapes to heap
titlecase.go:74:36: string(rune(65 + 2)) escapes to heap
titlecase.go:9:16: s does not escape
