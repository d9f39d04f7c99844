package main

import "fmt"

func main() {
	x := 3
	if x > 5 {
		fmt.Println("big")
	} elif x > 2 {
		fmt.Println("medium")
	}
}
