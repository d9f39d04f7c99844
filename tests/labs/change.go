package main

import "fmt"

func makeChange(amount int, coins []int) ([]int, int) {
	counts := make([]int, len(coins))
	total := 0
	for i, c := range coins {
		counts[i] = amount / c
		amount = amount % c
		total += counts[i]
	}
	return counts, total
}

func main() {
	coins := []int{25, 10, 5, 1}
	for _, amt := range []int{0, 41, 99} {
		counts, n := makeChange(amt, coins)
		fmt.Println(amt, "cents:", counts, "coins:", n)
	}
}
