knapsack.go:18:15: leaking param content: things
knapsack.go:20:14: make([][]int, n + 1) escapes to heap
knapsack.go:22:17: make([]int, capacity + 1) escapes to heap
knapsack.go:46:19: []Thing{...} does not escape
knapsack.go:51:25: []int{...} does not escape
knapsack.go:53:13: ... argument does not escape
knapsack.go:53:14: c escapes to heap
knapsack.go:53:14: taken escapes to heap
knapsack.go:53:14: v escapes to heap
