package main

import "fmt"

type Animal interface {
	Sound() string
}

type Dog struct{}

func (d *Dog) Sound() string { return "woof" }

func main() {
	animals := []Animal{Dog{}}
	fmt.Println(animals[0].Sound())
}
