bst_words.go:14:13: leaking param: t
bst_words.go:14:22: leaking param: w
bst_words.go:16:10: &Tree{...} escapes to heap
bst_words.go:29:21: visit does not escape
bst_words.go:29:7: leaking param: t
bst_words.go:38:7: t does not escape
bst_words.go:49:21: w does not escape
bst_words.go:49:7: leaking param: t to result ~r0 level=0
bst_words.go:71:12: func literal does not escape
bst_words.go:71:17: leaking param content: n
bst_words.go:72:36: ... argument does not escape
bst_words.go:72:47: n.Word escapes to heap
bst_words.go:72:55: n.Count escapes to heap
bst_words.go:75:13: ... argument does not escape
bst_words.go:75:26: strings.Join(words, " ") escapes to heap
bst_words.go:76:13: ... argument does not escape
bst_words.go:76:14: "total" escapes to heap
bst_words.go:76:14: total escapes to heap
bst_words.go:76:30: "height" escapes to heap
bst_words.go:76:51: (*Tree).Height(root) escapes to heap
bst_words.go:77:28: []string{...} does not escape
bst_words.go:80:15: ... argument does not escape
bst_words.go:80:15: q escapes to heap
bst_words.go:80:19: "found after" escapes to heap
bst_words.go:80:19: steps escapes to heap
bst_words.go:80:41: "count" escapes to heap
bst_words.go:80:51: n.Count escapes to heap
bst_words.go:82:15: ... argument does not escape
bst_words.go:82:15: q escapes to heap
bst_words.go:82:19: "missing after" escapes to heap
bst_words.go:82:19: steps escapes to heap
