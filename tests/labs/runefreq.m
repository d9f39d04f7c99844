runefreq.go:15:17: text does not escape
runefreq.go:16:16: make(map[rune]int) escapes to heap
runefreq.go:25:19: counts does not escape
runefreq.go:30:12: list escapes to heap
runefreq.go:30:19: func literal does not escape
runefreq.go:43:13: ... argument does not escape
runefreq.go:43:14: "distinct letters:" escapes to heap
runefreq.go:43:38: len(list) escapes to heap
runefreq.go:48:13: ... argument does not escape
runefreq.go:48:33: rc.r escapes to heap
runefreq.go:48:39: rc.r escapes to heap
runefreq.go:48:45: rc.r escapes to heap
runefreq.go:48:51: rc.count escapes to heap
runefreq.go:54:13: ... argument does not escape
runefreq.go:54:14: "letters:" escapes to heap
runefreq.go:54:14: total escapes to heap
runefreq.go:54:33: "bytes:" escapes to heap
runefreq.go:54:46: len(text) escapes to heap
runefreq.go:54:54: "runes:" escapes to heap
runefreq.go:54:67: len(([]rune)(text)) escapes to heap
runefreq.go:54:74: ([]rune)(text) does not escape
runefreq.go:56:12: ... argument does not escape
runefreq.go:56:13: first escapes to heap
runefreq.go:56:13: first escapes to heap
runefreq.go:56:46: first + 2 escapes to heap
runefreq.go:59:31: string(unicode.ToUpper(r)) escapes to heap
runefreq.go:61:13: ... argument does not escape
runefreq.go:61:26: strings.Join(upper, "-") escapes to heap
