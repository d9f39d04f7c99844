package main

import "fmt"

func main() {
	var age int
	age = "21"
	fmt.Println("age", age)
}
