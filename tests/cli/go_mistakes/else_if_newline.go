package main

import "fmt"

func main() {
	n := 7
	if n < 5 {
		fmt.Println("small")
	}
	else if n < 10 {
		fmt.Println("medium")
	}
}
