package main

import "fmt"

func newMatrix(rows, cols int) [][]int {
	m := make([][]int, rows)
	for i := range m {
		m[i] = make([]int, cols)
	}
	return m
}

func multiply(a, b [][]int) [][]int {
	n, k, p := len(a), len(b), len(b[0])
	c := newMatrix(n, p)
	for i := 0; i < n; i++ {
		for j := 0; j < p; j++ {
			for x := 0; x < k; x++ {
				c[i][j] += a[i][x] * b[x][j]
			}
		}
	}
	return c
}

func main() {
	a := [][]int{{1, 2}, {3, 4}}
	b := [][]int{{5, 6}, {7, 8}}
	c := multiply(a, b)
	for _, row := range c {
		fmt.Println(row)
	}
	id := newMatrix(3, 3)
	for i := 0; i < 3; i++ {
		id[i][i] = 1
	}
	fmt.Println(id)
}
