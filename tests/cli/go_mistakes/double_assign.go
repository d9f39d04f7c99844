package main

import "fmt"

func main() {
	x := 1
	x = = 5
	fmt.Println(x)
}
