package main

import "fmt"

func a() {}
func b() {}

func main() {
	if a == b {
		fmt.Println("same")
	}
}
