package main

import (
	"fmt"
	"strings"
)

func pascal(n int) [][]int {
	rows := make([][]int, n)
	for i := 0; i < n; i++ {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func main() {
	n := 10
	tri := pascal(n)
	for i, row := range tri {
		parts := make([]string, len(row))
		for j, v := range row {
			parts[j] = fmt.Sprint(v)
		}
		line := strings.Join(parts, " ")
		fmt.Printf("%s%s\n", strings.Repeat(" ", (n-i)*2), line)
	}
	sum := 0
	for _, v := range tri[n-1] {
		sum += v
	}
	fmt.Println("sum of last row:", sum)
}
