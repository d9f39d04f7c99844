package main

import (
	"errors"
	"fmt"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

var ErrShape = errors.New("shape mismatch")

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a) == 0 || len(a[0]) != len(b) {
		return nil, ErrShape
	}
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var sum float64
			for k := range b {
				sum += a[i][k] * b[k][j]
			}
			out[i][j] = sum
		}
	}
	return out, nil
}

func (a Matrix) T() Matrix {
	out := New(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (a Matrix) Scale(k float64) {
	for _, row := range a {
		for j := range row {
			row[j] *= k
		}
	}
}

func (a Matrix) String() string {
	s := ""
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				s += " "
			}
			s += fmt.Sprintf("%6.2f", v)
		}
		s += "\n"
	}
	return s
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("a*a:", err)
	fmt.Print(a.T())
	id := Identity(2)
	d, _ := c.Mul(id)
	d.Scale(0.5)
	fmt.Print(d)
	fmt.Println(c[1][1], len(d), cap(d[0]))
}
