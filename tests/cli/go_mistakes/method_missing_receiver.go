package main

import "fmt"

type Circle struct {
	r float64
}

func (c Circle) Area() float64 {
	return 3.14 * r * r
}

func main() {
	c := Circle{2}
	fmt.Println(c.Area)
	fmt.Println(Area(c))
}
