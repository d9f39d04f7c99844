change.go:17:16: []int{...} does not escape
change.go:18:27: []int{...} does not escape
change.go:20:14: ... argument does not escape
change.go:20:14: amt escapes to heap
change.go:20:20: "cents:" escapes to heap
change.go:20:20: counts escapes to heap
change.go:20:38: "coins:" escapes to heap
change.go:20:38: n escapes to heap
change.go:5:29: coins does not escape
change.go:6:16: make([]int, len(coins)) escapes to heap
