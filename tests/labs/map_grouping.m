map_grouping.go:28:23: []Student{...} does not escape
map_grouping.go:32:33: map[string][]string{} does not escape
map_grouping.go:33:25: map[string]int{} does not escape
map_grouping.go:34:25: map[string]int{} escapes to heap
map_grouping.go:41:21: []string{} escapes to heap
map_grouping.go:47:13: ... argument does not escape
map_grouping.go:47:14: l escapes to heap
map_grouping.go:47:41: strings.Join(byLetter[l], ", ") escapes to heap
map_grouping.go:49:17: make([]string, 0, len(total)) escapes to heap
map_grouping.go:55:13: ... argument does not escape
map_grouping.go:55:14: c escapes to heap
map_grouping.go:55:65: float64(total[c]) / float64(count[c]) escapes to heap
map_grouping.go:55:90: count[c] escapes to heap
map_grouping.go:57:13: ... argument does not escape
