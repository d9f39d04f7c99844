reverse_words.go:16:17: leaking param: w to result ~r0 level=0
reverse_words.go:20:32: strings.ToUpper(w[:1]) + w[1:] escapes to heap
reverse_words.go:27:13: ... argument does not escape
reverse_words.go:27:26: strings.Join(rev, " ") escapes to heap
reverse_words.go:31:13: ... argument does not escape
reverse_words.go:31:13: rev escapes to heap
reverse_words.go:31:22: len(rev) escapes to heap
reverse_words.go:8:14: leaking param content: words
reverse_words.go:9:13: make([]string, len(words)) escapes to heap
