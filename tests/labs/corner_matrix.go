// corner_matrix: one of fifteen small programs on corners of what ml0c supports
// (session 9, gosmall), compared with go1.19: output and -m lines.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", len(m), len(m[0]), len(o), len(o[0]))
	}
	res := NewMatrix(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				res[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return res, nil
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Temp float64

func (t Temp) F() Temp { return t*9/5 + 32 }

func main() {
	a := Matrix{{1, 2}, {3, 4}}
	b := Matrix{{5, 6}, {7, 8}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(Matrix{{1, 2, 3}})
	fmt.Println(err)
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid), len(grid[0]))
	t := Temp(100)
	fmt.Printf("%.1f %v %T\n", t.F(), Temp(-40).F(), t)
	fmt.Println(math.Round(2.5), math.Trunc(-2.7), math.Mod(7, 3), math.Hypot(3, 4), math.Max(3, 7), math.Min(-1, 2))
	fmt.Println(math.Abs(-3.2), math.Pow(2, 10), math.Cbrt(27), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Printf("%.3f %.3e %8.2f|\n", math.Pi, math.E*1000, math.Sqrt2)
	s := a[0][:1]
	s = append(s, 99)
	fmt.Println(a, s, cap(s))
	copy(a[1], []float64{0})
	fmt.Println(a)
}
