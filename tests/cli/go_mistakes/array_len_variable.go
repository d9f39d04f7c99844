package main

import "fmt"

func main() {
	n := 5
	var a [n]int
	fmt.Println(a)
}
