package main

import "fmt"

type Student struct {
	name  string
	grade int
}

func main() {
	s := Student{name: "Ada", grade: 95}
	fmt.Println(s.nmae, s.Grade)
}
