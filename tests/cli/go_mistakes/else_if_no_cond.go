package main

import "fmt"

func main() {
	x := 1
	if x > 1 {
		fmt.Println("a")
	} else if {
		fmt.Println("b")
	}
}
