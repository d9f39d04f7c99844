package main

import "fmt"

func max(a, b int) int {
	if a > b {
		return a
	} else if b > a {
		return b
	}
}

func main() {
	fmt.Println(max(1, 2))
}
