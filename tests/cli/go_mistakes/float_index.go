package main

import "fmt"

func main() {
	nums := []int{1, 2, 3, 4}
	mid := len(nums) / 2.0
	half := 1.5
	fmt.Println(nums[half], mid)
}
