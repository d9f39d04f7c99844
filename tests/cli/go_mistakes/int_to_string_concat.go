package main

import "fmt"

func main() {
	age := 20
	msg := "age: " + age
	fmt.Println(msg)
}
