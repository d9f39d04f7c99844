package main

import "fmt"

func main() {
	a := 1
	if a ! = 2 {
		fmt.Println("different")
	}
}
