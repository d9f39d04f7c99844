package main

import "fmt"

func main() {
	x := 10
	if (x > 5)
		fmt.Println("big")
}
