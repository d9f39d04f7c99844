package main

import "fmt"

func main() {
	a := 3
	if a !== 4 {
		fmt.Println("not four")
	}
}
