package main

import "fmt"

func main() {
	n := 5
	for n {
		n--
	}
	if !n {
		fmt.Println("zero")
	}
}
