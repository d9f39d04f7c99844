package main

import "fmt"

func main() {
	func helper() {
		fmt.Println("help")
	}
	helper()
}
