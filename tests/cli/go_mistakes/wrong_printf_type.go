package main

import "fmt"

func main() {
	x := 3
	var name string = x
	fmt.Printf("%d\n", name)
}
