package main

import "fmt"

func main() {
	flag := 1
	if !flag {
		fmt.Println("off")
	}
	ok := true
	fmt.Println(-ok)
}
