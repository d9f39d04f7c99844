package main

import "fmt"

func main() {
	var nums[5] int
	nums[0] = 1
	fmt.Println(nums)
	int arr[3] = {1, 2, 3}
	fmt.Println(arr)
}
