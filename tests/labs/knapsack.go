package main

import "fmt"

type Thing struct {
	name   string
	weight int
	value  int
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func knapsack(things []Thing, capacity int) (int, []string) {
	n := len(things)
	best := make([][]int, n+1)
	for i := range best {
		best[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		t := things[i-1]
		for w := 0; w <= capacity; w++ {
			best[i][w] = best[i-1][w]
			if t.weight <= w {
				best[i][w] = max(best[i][w], best[i-1][w-t.weight]+t.value)
			}
		}
	}
	// walk back to find what was taken
	var taken []string
	w := capacity
	for i := n; i > 0; i-- {
		if best[i][w] != best[i-1][w] {
			taken = append(taken, things[i-1].name)
			w -= things[i-1].weight
		}
	}
	return best[n][capacity], taken
}

func main() {
	things := []Thing{
		{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200},
		{"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45},
		{"banana", 27, 60}, {"apple", 39, 40}, {"cheese", 23, 30},
	}
	for _, c := range []int{0, 50, 100, 200, 400} {
		v, taken := knapsack(things, c)
		fmt.Printf("capacity %3d: value %3d %v\n", c, v, taken)
	}
}
