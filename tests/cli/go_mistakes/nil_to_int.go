package main

import "fmt"

func find(xs []int, x int) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return nil
}

func main() {
	fmt.Println(find([]int{1}, 2))
}
