package main

import "fmt"

func main() {
	var best [1]int
	nums := []int{3, 1, 2}
	for best[0] := range nums {
		fmt.Println(best)
	}
}
