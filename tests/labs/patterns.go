package main

import (
	"fmt"
	"strings"
)

func triangle(n int) {
	for i := 1; i <= n; i++ {
		fmt.Println(strings.Repeat(" ", n-i) + strings.Repeat("*", 2*i-1))
	}
}

func diamond(n int) {
	for i := -n + 1; i < n; i++ {
		k := i
		if k < 0 {
			k = -k
		}
		fmt.Printf("%s%s\n", strings.Repeat(" ", k), strings.Repeat("#", 2*(n-k)-1))
	}
}

func checker(rows, cols int) {
	for r := 0; r < rows; r++ {
		line := make([]byte, cols)
		for c := range line {
			if (r+c)%2 == 0 {
				line[c] = 'X'
			} else {
				line[c] = 'o'
			}
		}
		fmt.Println(string(line))
	}
}

func main() {
	triangle(4)
	diamond(3)
	checker(3, 7)
	for i := 1; i <= 5; i++ {
		for j := 1; j <= i; j++ {
			fmt.Print(j)
		}
		fmt.Println()
	}
}
