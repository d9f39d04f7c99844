map_wordcount.go:10:16: make(map[string]int) escapes to heap
map_wordcount.go:25:15: make([]string, 0, len(counts)) escapes to heap
map_wordcount.go:31:13: ... argument does not escape
map_wordcount.go:31:14: w escapes to heap
map_wordcount.go:31:37: counts[w] escapes to heap
map_wordcount.go:33:13: ... argument does not escape
map_wordcount.go:33:14: "distinct words:" escapes to heap
map_wordcount.go:33:36: len(counts) escapes to heap
map_wordcount.go:40:13: ... argument does not escape
map_wordcount.go:40:14: "most common:" escapes to heap
map_wordcount.go:40:14: best escapes to heap
map_wordcount.go:40:14: bestN escapes to heap
map_wordcount.go:9:17: leaking param: text
