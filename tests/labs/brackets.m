brackets.go:11:7: s does not escape
brackets.go:16:9: (*Stack).Pop ignoring self-assignment in s.data = s.data[:len(s.data) - 1]
brackets.go:20:7: s does not escape
brackets.go:22:26: map[rune]rune{...} escapes to heap
brackets.go:24:12: expr does not escape
brackets.go:43:15: expr does not escape
brackets.go:59:19: []string{...} does not escape
brackets.go:72:14: ... argument does not escape
brackets.go:72:15: t escapes to heap
brackets.go:72:56: maxDepth(t) escapes to heap
brackets.go:74:14: ... argument does not escape
brackets.go:74:15: pos escapes to heap
brackets.go:74:15: t escapes to heap
brackets.go:76:15: ... argument does not escape
brackets.go:76:27: "" escapes to heap
brackets.go:9:7: leaking param content: s
