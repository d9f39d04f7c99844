package main

import "fmt"

func solve(n int) [][]int {
	var solutions [][]int
	cols := make([]int, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			sol := make([]int, n)
			copy(sol, cols)
			solutions = append(solutions, sol)
			return
		}
		for c := 0; c < n; c++ {
			ok := true
			for r := 0; r < row; r++ {
				d := cols[r] - c
				if d == 0 || d == row-r || d == r-row {
					ok = false
					break
				}
			}
			if ok {
				cols[row] = c
				place(row + 1)
			}
		}
	}
	place(0)
	return solutions
}

func printBoard(sol []int) {
	for _, c := range sol {
		for i := 0; i < len(sol); i++ {
			if i == c {
				fmt.Print("Q ")
			} else {
				fmt.Print(". ")
			}
		}
		fmt.Println()
	}
}

func main() {
	for n := 1; n <= 8; n++ {
		fmt.Printf("%d queens: %d solutions\n", n, len(solve(n)))
	}
	s := solve(6)
	fmt.Println(s[0])
	printBoard(s[0])
}
