package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Matrix [][]float64

func Parse(rows []string) (Matrix, error) {
	var m Matrix
	for i, r := range rows {
		var row []float64
		for _, f := range strings.Fields(r) {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				return nil, fmt.Errorf("row %d: %v", i, err)
			}
			row = append(row, v)
		}
		if len(m) > 0 && len(row) != len(m[0]) {
			return nil, fmt.Errorf("row %d has %d columns, want %d", i, len(row), len(m[0]))
		}
		m = append(m, row)
	}
	return m, nil
}

func (m Matrix) Mul(o Matrix) Matrix {
	out := make(Matrix, len(m))
	for i := range m {
		out[i] = make([]float64, len(o[0]))
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(strconv.FormatFloat(v, 'f', 1, 64))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a, err := Parse([]string{"1 2", "3 4"})
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := Parse([]string{"0.5 0", "0 2"})
	fmt.Print(a.Mul(b).String())
	_, err = Parse([]string{"1 2", "3"})
	fmt.Println(err)
	_, err = Parse([]string{"1 x"})
	fmt.Println(err)
	show := Matrix.String
	fmt.Print(show(b))
}
