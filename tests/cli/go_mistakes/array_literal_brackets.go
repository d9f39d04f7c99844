package main

import "fmt"

func main() {
	nums := [1, 2, 3]
	fmt.Println(nums)
}
