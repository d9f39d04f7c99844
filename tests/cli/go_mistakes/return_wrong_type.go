package main

import "fmt"

func isEven(n int) bool {
	return n % 2
}

func main() {
	fmt.Println(isEven(4))
}
