package main

import "fmt"

func main() {
	if {
		fmt.Println("always")
	}
}
