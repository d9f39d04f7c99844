package main

import "fmt"

func main() {
	word := "gopher"
	fmt.Println(word.length())
	fmt.Println(word.len)
}
