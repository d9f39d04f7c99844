map_histogram.go:11:14: make(map[rune]int) does not escape
map_histogram.go:17:21: []string{} escapes to heap
map_histogram.go:19:35: string(r) escapes to heap
map_histogram.go:23:19: ([]rune)(l) does not escape
map_histogram.go:24:13: ... argument does not escape
map_histogram.go:24:14: l escapes to heap
map_histogram.go:24:14: n escapes to heap
map_histogram.go:24:49: strings.Repeat("*", n) escapes to heap
map_histogram.go:26:25: map[rune]bool{...} does not escape
map_histogram.go:33:13: ... argument does not escape
map_histogram.go:33:14: "vowels:" escapes to heap
map_histogram.go:33:14: nv escapes to heap
map_histogram.go:33:29: "distinct letters:" escapes to heap
map_histogram.go:33:53: len(freq) escapes to heap
map_histogram.go:34:24: map[int]int{} escapes to heap
map_histogram.go:38:13: ... argument does not escape
map_histogram.go:38:14: "word lengths:" escapes to heap
