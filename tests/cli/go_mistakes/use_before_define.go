package main

import "fmt"

func main() {
	fmt.Println(total)
	total := 10
	fmt.Println(total)
}
