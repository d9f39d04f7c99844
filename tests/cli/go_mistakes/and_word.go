package main

import "fmt"

func main() {
	a, b := 1, 2
	if a > 0 and b > 0 {
		fmt.Println("both positive")
	}
}
