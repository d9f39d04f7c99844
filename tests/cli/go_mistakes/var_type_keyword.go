package main

import "fmt"

func main() {
	var type = "square"
	fmt.Println(type)
}
