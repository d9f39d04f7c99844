package main

import "fmt"

func greet() { fmt.Println("hi") }

func greet() { fmt.Println("hello") }

func main() {
	greet()
}
