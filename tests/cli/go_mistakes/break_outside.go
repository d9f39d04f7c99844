package main

import "fmt"

func find(xs []int, target int) int {
	for i, x := range xs {
		if x == target {
			return i
		}
	}
	break
	return -1
}

func main() {
	fmt.Println(find([]int{1, 2, 3}, 2))
}
