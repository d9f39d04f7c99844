package main

import "fmt"

func main() {
	size := 3
	var grid [size]int
	fmt.Println(grid)
}
