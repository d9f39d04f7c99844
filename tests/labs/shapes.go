package main

import (
	"fmt"
	"math"
)

type Point struct {
	X, Y float64
}

func (p Point) Dist(q Point) float64 {
	return math.Sqrt((p.X-q.X)*(p.X-q.X) + (p.Y-q.Y)*(p.Y-q.Y))
}

// Shape holds what every shape has.
type Shape struct {
	Name   string
	Origin Point
}

func (s *Shape) Move(dx, dy float64) {
	s.Origin.X += dx
	s.Origin.Y += dy
}

func (s Shape) Where() string {
	return fmt.Sprintf("%s at (%.1f, %.1f)", s.Name, s.Origin.X, s.Origin.Y)
}

type Rect struct {
	Shape
	W, H float64
}

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct {
	Shape
	R float64
}

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

type Square struct {
	Rect
}

func NewSquare(name string, side float64) Square {
	return Square{Rect{Shape{Name: name}, side, side}}
}

func main() {
	r := Rect{Shape{"rect", Point{0, 0}}, 3, 4}
	c := Circle{Shape: Shape{Name: "circle"}, R: 2}
	s := NewSquare("square", 5)

	r.Move(1, 2)
	c.Move(-1, 0)
	s.Move(2, 2)
	s.Move(1, 1)

	fmt.Println(r.Where(), "area", r.Area())
	fmt.Printf("%s area %.2f\n", c.Where(), c.Area())
	fmt.Println(s.Where(), "area", s.Area(), "width", s.W)
	fmt.Printf("distance rect-square: %.3f\n", r.Origin.Dist(s.Origin))

	total := r.Area() + c.Area() + s.Area()
	fmt.Printf("total area %.2f\n", total)

	big := &s
	big.W, big.H = 10, 10
	big.Name = "big square"
	fmt.Println(s.Rect.Shape.Name, s.Area())
	fmt.Println(r.Origin == Point{1, 2}, c.Origin == s.Origin)
}
