package main

import "fmt"

func main() {
	s := "5"
	if s == 5 {
		fmt.Println("five")
	}
}
