map_twosum.go:16:17: s does not escape
map_twosum.go:17:24: map[byte]int{...} does not escape
map_twosum.go:31:15: []int{...} does not escape
map_twosum.go:32:25: []int{...} does not escape
map_twosum.go:35:14: ... argument does not escape
map_twosum.go:35:15: i escapes to heap
map_twosum.go:35:15: j escapes to heap
map_twosum.go:35:15: t escapes to heap
map_twosum.go:37:14: ... argument does not escape
map_twosum.go:37:15: t escapes to heap
map_twosum.go:40:28: []string{...} does not escape
map_twosum.go:41:14: ... argument does not escape
map_twosum.go:41:14: r escapes to heap
map_twosum.go:41:28: romanToInt(r) escapes to heap
map_twosum.go:5:13: nums does not escape
map_twosum.go:6:15: make(map[int]int, len(nums)) does not escape
