package main

import "fmt"

main() {
	fmt.Println("hi")
}
