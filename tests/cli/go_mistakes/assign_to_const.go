package main

import "fmt"

const limit = 10

func main() {
	for i := 0; i < 3; i++ {
		limit++
	}
	fmt.Println(limit)
}
