wc_topn.go:19:15: leaking param: s
wc_topn.go:20:7: func literal does not escape
wc_topn.go:28:12: leaking param content: words
wc_topn.go:29:11: make(map[string]int) escapes to heap
wc_topn.go:36:11: m does not escape
wc_topn.go:37:14: make([]WordCount, 0, len(m)) escapes to heap
wc_topn.go:41:12: list escapes to heap
wc_topn.go:41:19: func literal does not escape
wc_topn.go:55:13: ... argument does not escape
wc_topn.go:55:17: len(words) escapes to heap
wc_topn.go:55:26: "words" escapes to heap
wc_topn.go:57:13: ... argument does not escape
wc_topn.go:57:17: len(m) escapes to heap
wc_topn.go:57:22: "distinct" escapes to heap
wc_topn.go:60:13: ... argument does not escape
wc_topn.go:60:36: i + 1 escapes to heap
wc_topn.go:60:42: wc.Word escapes to heap
wc_topn.go:60:51: bar escapes to heap
wc_topn.go:60:51: wc.Count escapes to heap
wc_topn.go:62:13: ... argument does not escape
wc_topn.go:62:26: topN(m, 100)[len(m) - 3:] escapes to heap
wc_topn.go:69:12: ... argument does not escape
wc_topn.go:69:13: longest escapes to heap
wc_topn.go:69:47: len(longest) escapes to heap
