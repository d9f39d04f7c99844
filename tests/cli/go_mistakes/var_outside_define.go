package main

import "fmt"

var total = 0
name := "Ann"

func main() {
	fmt.Println(total, name)
}
