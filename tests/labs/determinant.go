package main

import "fmt"

// minor returns the matrix without row r and column c
func minor(m [][]float64, r, c int) [][]float64 {
	var res [][]float64
	for i := 0; i < len(m); i++ {
		if i == r {
			continue
		}
		row := []float64{}
		for j := 0; j < len(m[i]); j++ {
			if j != c {
				row = append(row, m[i][j])
			}
		}
		res = append(res, row)
	}
	return res
}

func det(m [][]float64) float64 {
	n := len(m)
	if n == 1 {
		return m[0][0]
	}
	if n == 2 {
		return m[0][0]*m[1][1] - m[0][1]*m[1][0]
	}
	total := 0.0
	sign := 1.0
	for j := 0; j < n; j++ {
		total += sign * m[0][j] * det(minor(m, 0, j))
		sign = -sign
	}
	return total
}

func printMatrix(m [][]float64) {
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%8.2f", v)
		}
		fmt.Println()
	}
}

func main() {
	a := [][]float64{
		{2, -3, 1},
		{2, 0, -1},
		{1, 4, 5},
	}
	b := [][]float64{
		{1, 0, 2, -1},
		{3, 0, 0, 5},
		{2, 1, 4, -3},
		{1, 0, 5, 0},
	}
	c := [][]float64{{4, 7}, {2, 6}}
	for i, m := range [][][]float64{a, b, c} {
		fmt.Printf("Matrix %d:\n", i+1)
		printMatrix(m)
		fmt.Printf("det = %.1f\n\n", det(m))
	}
	singular := [][]float64{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	if d := det(singular); d == 0 {
		fmt.Println("singular matrix, no inverse")
	} else {
		fmt.Println("det:", d)
	}
}
