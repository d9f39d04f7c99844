package main

import "fmt"

func main() {
	x := true
	if x && 1 {
		fmt.Println("yes")
	}
}
