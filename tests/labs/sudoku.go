package main

import "fmt"

type Board [9][9]int

func validGroup(nums [9]int) bool {
	var seen [10]bool
	for _, n := range nums {
		if n == 0 {
			continue
		}
		if n < 1 || n > 9 || seen[n] {
			return false
		}
		seen[n] = true
	}
	return true
}

func (b *Board) Valid() (bool, string) {
	for i := 0; i < 9; i++ {
		if !validGroup(b[i]) {
			return false, fmt.Sprintf("row %d", i+1)
		}
		var col [9]int
		for j := 0; j < 9; j++ {
			col[j] = b[j][i]
		}
		if !validGroup(col) {
			return false, fmt.Sprintf("column %d", i+1)
		}
	}
	for br := 0; br < 3; br++ {
		for bc := 0; bc < 3; bc++ {
			var box [9]int
			k := 0
			for r := 0; r < 3; r++ {
				for c := 0; c < 3; c++ {
					box[k] = b[br*3+r][bc*3+c]
					k++
				}
			}
			if !validGroup(box) {
				return false, fmt.Sprintf("box %d,%d", br+1, bc+1)
			}
		}
	}
	return true, ""
}

func (b *Board) canPlace(r, c, n int) bool {
	for i := 0; i < 9; i++ {
		if b[r][i] == n || b[i][c] == n {
			return false
		}
	}
	r0, c0 := r/3*3, c/3*3
	for i := r0; i < r0+3; i++ {
		for j := c0; j < c0+3; j++ {
			if b[i][j] == n {
				return false
			}
		}
	}
	return true
}

func (b *Board) Solve() bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if b[r][c] != 0 {
				continue
			}
			for n := 1; n <= 9; n++ {
				if b.canPlace(r, c, n) {
					b[r][c] = n
					if b.Solve() {
						return true
					}
					b[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (b Board) Print() {
	for i, row := range b {
		if i%3 == 0 && i > 0 {
			fmt.Println("------+-------+------")
		}
		for j, v := range row {
			if j%3 == 0 && j > 0 {
				fmt.Print("| ")
			}
			if v == 0 {
				fmt.Print(". ")
			} else {
				fmt.Print(v, " ")
			}
		}
		fmt.Println()
	}
}

func main() {
	puzzle := Board{
		{5, 3, 0, 0, 7, 0, 0, 0, 0},
		{6, 0, 0, 1, 9, 5, 0, 0, 0},
		{0, 9, 8, 0, 0, 0, 0, 6, 0},
		{8, 0, 0, 0, 6, 0, 0, 0, 3},
		{4, 0, 0, 8, 0, 3, 0, 0, 1},
		{7, 0, 0, 0, 2, 0, 0, 0, 6},
		{0, 6, 0, 0, 0, 0, 2, 8, 0},
		{0, 0, 0, 4, 1, 9, 0, 0, 5},
		{0, 0, 0, 0, 8, 0, 0, 7, 9},
	}
	ok, where := puzzle.Valid()
	fmt.Println("puzzle valid:", ok, where)
	bad := puzzle
	bad[0][2] = 5
	ok, where = bad.Valid()
	fmt.Println("bad valid:", ok, where)
	if puzzle.Solve() {
		puzzle.Print()
	}
	ok, _ = puzzle.Valid()
	fmt.Println("solved valid:", ok, "unchanged copy:", bad[0][2], bad[0][3])
}
