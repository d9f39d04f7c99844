package main

import "fmt"

func main() {
	nums := []int{}
	for i := 0; i < 3; i++ {
		append(nums, i)
	}
	fmt.Println(nums)
}
