package main

import "fmt"

Func main() {
	fmt.Println("hi")
}
