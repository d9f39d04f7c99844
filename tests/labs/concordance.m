concordance.go:13:12: leaking param: w to result ~r0 level=0
concordance.go:23:26: map[string]int{} does not escape
concordance.go:24:27: map[string][]int{} does not escape
concordance.go:42:12: list escapes to heap
concordance.go:42:19: func literal does not escape
concordance.go:48:13: ... argument does not escape
concordance.go:48:14: "distinct words:" escapes to heap
concordance.go:48:36: len(list) escapes to heap
concordance.go:49:13: ... argument does not escape
concordance.go:49:14: "top 5:" escapes to heap
concordance.go:51:13: ... argument does not escape
concordance.go:51:35: wc.Word escapes to heap
concordance.go:51:44: wc.Count escapes to heap
concordance.go:51:66: strings.Repeat("*", wc.Count) escapes to heap
concordance.go:53:15: make([]string, 0, len(lines)) escapes to heap
concordance.go:58:13: ... argument does not escape
concordance.go:58:14: "index:" escapes to heap
concordance.go:60:13: ... argument does not escape
concordance.go:60:14: w escapes to heap
concordance.go:60:36: lines[w] escapes to heap
concordance.go:68:13: ... argument does not escape
concordance.go:68:14: "longest word:" escapes to heap
concordance.go:68:14: longest escapes to heap
