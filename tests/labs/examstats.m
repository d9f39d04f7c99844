examstats.go:101:13: ... argument does not escape
examstats.go:101:13: names escapes to heap
examstats.go:102:15: []int{...} escapes to heap
examstats.go:104:13: ... argument does not escape
examstats.go:104:13: ints escapes to heap
examstats.go:104:35: sort.SearchInts(ints, 5) escapes to heap
examstats.go:14:7: s does not escape
examstats.go:40:13: xs does not escape
examstats.go:41:11: make([]float64, len(xs)) escapes to heap
examstats.go:51:13: xs does not escape
examstats.go:65:20: []Student{...} escapes to heap
examstats.go:66:17: []int{...} escapes to heap
examstats.go:67:17: []int{...} escapes to heap
examstats.go:68:16: []int{...} escapes to heap
examstats.go:69:17: []int{...} escapes to heap
examstats.go:70:16: []int{...} escapes to heap
examstats.go:71:16: []int{} escapes to heap
examstats.go:73:12: class escapes to heap
examstats.go:73:20: func literal does not escape
examstats.go:77:24: map[string]int{} does not escape
examstats.go:78:12: ... argument does not escape
examstats.go:78:35: "Rank" escapes to heap
examstats.go:78:43: "Name" escapes to heap
examstats.go:78:51: "Avg" escapes to heap
examstats.go:78:58: "Grade" escapes to heap
examstats.go:84:13: ... argument does not escape
examstats.go:84:39: i + 1 escapes to heap
examstats.go:84:44: a escapes to heap
examstats.go:84:44: g escapes to heap
examstats.go:84:44: s.Name escapes to heap
examstats.go:86:12: ... argument does not escape
examstats.go:86:49: median(avgs) escapes to heap
examstats.go:86:63: stddev(avgs) escapes to heap
examstats.go:92:13: ... argument does not escape
examstats.go:92:14: "range:" escapes to heap
examstats.go:92:14: lo escapes to heap
examstats.go:92:28: "to" escapes to heap
examstats.go:92:28: hi escapes to heap
examstats.go:93:28: []string{...} does not escape
examstats.go:94:13: ... argument does not escape
examstats.go:94:14: g escapes to heap
examstats.go:94:33: dist[g] escapes to heap
examstats.go:96:19: []string{} escapes to heap
