package main

import "fmt"

type Square struct{ side int }
type Circle struct{ r int }

func (s Square) Area() int { return s.side * s.side }

func main() {
	c := Circle{2}
	fmt.Println(c.Area())
}
