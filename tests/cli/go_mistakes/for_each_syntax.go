package main

import "fmt"

func main() {
	nums := []int{1, 2}
	for n in nums {
		fmt.Println(n)
	}
}
