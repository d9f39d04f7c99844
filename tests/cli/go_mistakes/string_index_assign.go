package main

import "fmt"

func main() {
	word := "hello"
	word[0] = 'H'
	fmt.Println(word)
}
