wordwrap.go:15:16: " " + w escapes to heap
wordwrap.go:27:13: leaking param: s to result ~r0 level=0
wordwrap.go:32:35: strings.Repeat(" ", left) + s escapes to heap
wordwrap.go:37:29: []int{...} does not escape
wordwrap.go:38:14: ... argument does not escape
wordwrap.go:38:29: strings.Repeat("=", width) escapes to heap
wordwrap.go:40:14: ... argument does not escape
wordwrap.go:40:15: l escapes to heap
wordwrap.go:40:15: width escapes to heap
wordwrap.go:43:13: ... argument does not escape
wordwrap.go:43:34: center("title", 21) + "|" escapes to heap
wordwrap.go:43:34: center("title", 21) + "|" escapes to heap
wordwrap.go:44:13: ... argument does not escape
wordwrap.go:44:29: strings.ToUpper(text[:9]) escapes to heap
wordwrap.go:44:54: strings.Count(text, "qu") escapes to heap
wordwrap.go:44:81: strings.Index(text, "fox") escapes to heap
wordwrap.go:8:11: leaking param: text
