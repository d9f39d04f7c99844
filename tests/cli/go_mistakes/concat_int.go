package main

import "fmt"

func main() {
	age := 20
	msg := "I am " + age + " years old"
	fmt.Println(msg)
}
