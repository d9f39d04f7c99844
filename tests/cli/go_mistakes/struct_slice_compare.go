package main

import "fmt"

type Student struct {
	name   string
	grades []int
}

func main() {
	a := Student{"ann", []int{90}}
	b := Student{"ann", []int{90}}
	if a == b {
		fmt.Println("same")
	}
}
