package main

import "fmt"

type Dog struct{}

func (d Dog) Bark() string { return "woof" }

func main() {
	fmt.Println(Bark())
}
