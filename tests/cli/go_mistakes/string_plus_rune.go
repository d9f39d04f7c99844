package main

import "fmt"

func main() {
	s := "a" + 'b'
	fmt.Println(s)
}
