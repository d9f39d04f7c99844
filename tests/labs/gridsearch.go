package main

import "fmt"

func main() {
	grid := [][]int{
		{3, 8, 1, 9},
		{4, 7, 2, 6},
		{5, 0, 11, 12},
	}
	target := 11
	found := false
	row, col := -1, -1
search:
	for i, r := range grid {
		for j, v := range r {
			if v == target {
				row, col = i, j
				found = true
				break search
			}
		}
	}
	fmt.Println("found", target, found, "at", row, col)

	// print rows until one contains a zero, skip columns greater than 8
	fmt.Println("filtered:")
rows:
	for i := 0; i < len(grid); i++ {
		for j := 0; j < len(grid[i]); j++ {
			if grid[i][j] == 0 {
				fmt.Println(" zero found, stopping")
				break rows
			}
			if grid[i][j] > 8 {
				continue rows
			}
			fmt.Print(" ", grid[i][j])
		}
		fmt.Println()
	}

	// pairs summing to 10 among the first row and second row
	count := 0
outer:
	for _, a := range grid[0] {
		for _, b := range grid[1] {
			if a+b == 10 {
				fmt.Printf("%d+%d=10\n", a, b)
				count++
				continue outer
			}
		}
	}
	fmt.Println("pairs:", count)

	// first prime above 100 with a labeled continue
	n := 100
next:
	for {
		n++
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue next
			}
		}
		break
	}
	fmt.Println("first prime after 100:", n)
}
