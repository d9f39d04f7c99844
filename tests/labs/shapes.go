package main

import (
	"fmt"
	"math"
)

type Rect struct {
	W, H float64
}

type Circle struct {
	R float64
}

func (r *Rect) Area() float64      { return r.W * r.H }
func (r *Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 {
	return 2 * math.Pi * c.R
}

func main() {
	r := &Rect{W: 3, H: 4}
	c := &Circle{R: 2}
	fmt.Printf("rect: area=%.2f perimeter=%.2f\n", r.Area(), r.Perimeter())
	fmt.Printf("circle: area=%.2f perimeter=%.2f\n", c.Area(), c.Perimeter())
	if r.Area() > c.Area() {
		fmt.Println("the rectangle is bigger")
	} else {
		fmt.Println("the circle is bigger")
	}
}
