package main

import "fmt"

func sum(nums [3]int) int {
	return nums[0] + nums[1] + nums[2]
}

func main() {
	nums := []int{1, 2, 3}
	fmt.Println(sum(nums))
}
