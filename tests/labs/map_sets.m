map_sets.go:10:21: map[int]bool{} escapes to heap
map_sets.go:20:16: a does not escape
map_sets.go:20:19: b does not escape
map_sets.go:21:21: map[int]bool{} escapes to heap
map_sets.go:30:13: s does not escape
map_sets.go:31:15: []int{} escapes to heap
map_sets.go:40:23: map[int]bool{} does not escape
map_sets.go:41:24: map[int]bool{...} does not escape
map_sets.go:45:13: ... argument does not escape
map_sets.go:45:14: "evens:" escapes to heap
map_sets.go:45:30: sorted(evens) escapes to heap
map_sets.go:46:13: ... argument does not escape
map_sets.go:46:14: "union:" escapes to heap
map_sets.go:46:30: sorted(union(evens, primes)) escapes to heap
map_sets.go:47:13: ... argument does not escape
map_sets.go:47:14: "both:" escapes to heap
map_sets.go:47:29: sorted(intersect(evens, primes)) escapes to heap
map_sets.go:48:15: []int{...} does not escape
map_sets.go:49:22: map[int]bool{} escapes to heap
map_sets.go:50:15: []int{} escapes to heap
map_sets.go:57:13: ... argument does not escape
map_sets.go:57:14: "duplicates:" escapes to heap
map_sets.go:57:14: dups escapes to heap
map_sets.go:57:35: "distinct:" escapes to heap
map_sets.go:57:51: len(seen) escapes to heap
map_sets.go:59:13: ... argument does not escape
map_sets.go:59:18: seen[4] escapes to heap
map_sets.go:59:26: len(seen) escapes to heap
map_sets.go:9:12: a does not escape
map_sets.go:9:15: b does not escape
