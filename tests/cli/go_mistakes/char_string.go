package main

import "fmt"

func main() {
	var initial byte = "A"
	var letter rune = "b"
	fmt.Println(initial, letter)
}
