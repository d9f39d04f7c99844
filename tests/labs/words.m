words.go:21:13: ... argument does not escape
words.go:21:17: len(words) escapes to heap
words.go:21:26: "words" escapes to heap
words.go:22:13: ... argument does not escape
words.go:22:14: "longest:" escapes to heap
words.go:22:33: longest(words) escapes to heap
words.go:23:13: ... argument does not escape
words.go:23:29: strings.ToUpper(strings.TrimSpace(text)) escapes to heap
words.go:24:13: ... argument does not escape
words.go:24:26: strings.Join(words, "-") escapes to heap
words.go:25:13: ... argument does not escape
words.go:25:30: strings.Contains(text, "fox") escapes to heap
words.go:25:58: strings.Index(text, "dog") escapes to heap
words.go:26:13: ... argument does not escape
words.go:26:28: strings.Repeat("ab", 3) escapes to heap
words.go:26:56: strings.HasPrefix("golang", "go") escapes to heap
words.go:8:14: leaking param: words to result ~r0 level=1
