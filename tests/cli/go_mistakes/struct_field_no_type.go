package main

import "fmt"

type Person struct {
	name
	age int
}

func main() {
	fmt.Println(Person{})
}
