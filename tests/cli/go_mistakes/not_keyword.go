package main

import "fmt"

func main() {
	done := false
	if not done {
		fmt.Println("working")
	}
}
