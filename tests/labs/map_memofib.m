map_memofib.go:19:18: cache does not escape
map_memofib.go:34:25: []int{...} does not escape
map_memofib.go:35:13: ... argument does not escape
map_memofib.go:35:14: n escapes to heap
map_memofib.go:35:38: fib(n) escapes to heap
map_memofib.go:37:13: ... argument does not escape
map_memofib.go:37:14: "memo entries:" escapes to heap
map_memofib.go:37:34: len(memo) escapes to heap
map_memofib.go:38:15: make(map[int]int) does not escape
map_memofib.go:39:13: ... argument does not escape
map_memofib.go:39:14: "ways to climb 30 steps:" escapes to heap
map_memofib.go:39:45: ways(30, cache) escapes to heap
map_memofib.go:40:13: ... argument does not escape
map_memofib.go:40:14: "cache entries:" escapes to heap
map_memofib.go:40:35: len(cache) escapes to heap
map_memofib.go:5:23: map[int]int{} escapes to heap
