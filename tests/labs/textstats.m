textstats.go:23:7: b does not escape
textstats.go:24:7: b does not escape
textstats.go:30:46: ByCount.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
textstats.go:30:46: ByCount.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
textstats.go:30:7: b does not escape
textstats.go:36:14: s does not escape
textstats.go:43:15: string(out) escapes to heap
textstats.go:46:12: leaking param: s to result ~r0 level=0
textstats.go:47:21: func literal does not escape
textstats.go:55:17: leaking param: text
textstats.go:71:19: ByCount(counts) escapes to heap
textstats.go:77:101: utf8.ValidString(text) escapes to heap
textstats.go:77:13: ... argument does not escape
textstats.go:77:14: "bytes:" escapes to heap
textstats.go:77:27: len(text) escapes to heap
textstats.go:77:35: "runes:" escapes to heap
textstats.go:77:67: utf8.RuneCountInString(text) escapes to heap
textstats.go:77:75: "valid:" escapes to heap
textstats.go:83:13: ... argument does not escape
textstats.go:83:29: wc.Word escapes to heap
textstats.go:83:38: wc.Count escapes to heap
textstats.go:85:13: ... argument does not escape
textstats.go:85:21: reverse("café noir") escapes to heap
textstats.go:85:42: shout("c'est la vie!") escapes to heap
textstats.go:86:28: []string{...} does not escape
textstats.go:88:14: ... argument does not escape
textstats.go:88:32: size escapes to heap
textstats.go:88:32: strconv.QuoteRune(r) escapes to heap
textstats.go:88:55: utf8.RuneLen(r) escapes to heap
textstats.go:88:73: strconv.Quote(reverse(w)) escapes to heap
textstats.go:91:13: ... argument does not escape
textstats.go:91:13: trimmed escapes to heap
textstats.go:91:40: strings.IndexFunc(text, unicode.IsUpper) escapes to heap
textstats.go:91:86: strings.LastIndexFunc(text, unicode.IsUpper) escapes to heap
textstats.go:93:13: ... argument does not escape
textstats.go:93:28: (*os.File).Name(os.Stdout) escapes to heap
textstats.go:93:34: c != nil escapes to heap
