package main

import "fmt"

func spiralOrder(m [][]int) []int {
	var out []int
	if len(m) == 0 {
		return out
	}
	top, bottom := 0, len(m)-1
	left, right := 0, len(m[0])-1
	for top <= bottom && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, m[top][j])
		}
		top++
		for i := top; i <= bottom; i++ {
			out = append(out, m[i][right])
		}
		right--
		if top <= bottom {
			for j := right; j >= left; j-- {
				out = append(out, m[bottom][j])
			}
			bottom--
		}
		if left <= right {
			for i := bottom; i >= top; i-- {
				out = append(out, m[i][left])
			}
			left++
		}
	}
	return out
}

func makeSpiral(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	dr := [4]int{0, 1, 0, -1}
	dc := [4]int{1, 0, -1, 0}
	r, c, d := 0, 0, 0
	for k := 1; k <= n*n; k++ {
		m[r][c] = k
		nr, nc := r+dr[d], c+dc[d]
		if nr < 0 || nr >= n || nc < 0 || nc >= n || m[nr][nc] != 0 {
			d = (d + 1) % 4
			nr, nc = r+dr[d], c+dc[d]
		}
		r, c = nr, nc
	}
	return m
}

func transpose(m [][]int) [][]int {
	t := make([][]int, len(m[0]))
	for i := range t {
		t[i] = make([]int, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func show(m [][]int) {
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
}

func main() {
	a := [][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	fmt.Println(spiralOrder(a))
	fmt.Println(spiralOrder([][]int{{1}, {2}, {3}}))
	s := makeSpiral(5)
	show(s)
	fmt.Println(spiralOrder(s))
	show(transpose(a))
	var grid [3][3]int
	for i := 0; i < 3; i++ {
		grid[i][i] = 1
	}
	fmt.Println(grid, grid == [3][3]int{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}})
}
