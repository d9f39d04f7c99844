package main

import "fmt"

func main() {
	s := []int{1}
	if len(s > 0 {
		fmt.Println("non-empty")
	}
}
