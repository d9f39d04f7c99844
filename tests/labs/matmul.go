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
	n := len(a)
	p := len(b[0])
	c := newMatrix(n, p)
	for i := 0; i < n; i++ {
		for j := 0; j < p; j++ {
			sum := 0
			for k := 0; k < len(b); k++ {
				sum += a[i][k] * b[k][j]
			}
			c[i][j] = sum
		}
	}
	return c
}

func transpose(a [][]int) [][]int {
	t := newMatrix(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func printMatrix(name string, m [][]int) {
	fmt.Println(name + ":")
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%5d", v)
		}
		fmt.Println()
	}
}

func main() {
	a := [][]int{{1, 2, 3}, {4, 5, 6}}
	b := [][]int{{7, 8}, {9, 10}, {11, 12}}
	printMatrix("A", a)
	printMatrix("B", b)
	printMatrix("A*B", multiply(a, b))
	printMatrix("A^T", transpose(a))
	id := newMatrix(3, 3)
	for i := 0; i < 3; i++ {
		id[i][i] = 1
	}
	printMatrix("B*I?", multiply(transpose(b), id))
}
