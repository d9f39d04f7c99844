package main

import "fmt"

func main() {
	func square(n int) int {
		return n * n
	}
	fmt.Println(square(3))
}
