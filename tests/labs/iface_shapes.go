package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rectangle struct {
	Width, Height float64
}

type Circle struct {
	Radius float64
}

type Triangle struct {
	A, B, C float64
}

func (r Rectangle) Area() float64 {
	return r.Width * r.Height
}

func (r Rectangle) Perimeter() float64 {
	return 2 * (r.Width + r.Height)
}

func (c Circle) Area() float64 {
	return math.Pi * c.Radius * c.Radius
}

func (c Circle) Perimeter() float64 {
	return 2 * math.Pi * c.Radius
}

func (t Triangle) Area() float64 {
	s := (t.A + t.B + t.C) / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func (t Triangle) Perimeter() float64 {
	return t.A + t.B + t.C
}

func largest(shapes []Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	shapes := []Shape{
		Rectangle{3, 4},
		Circle{2},
		Triangle{3, 4, 5},
		Rectangle{10, 0.5},
	}
	total := 0.0
	for i, s := range shapes {
		fmt.Printf("shape %d: area=%.2f perimeter=%.2f\n", i, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area: %.2f\n", total)
	big := largest(shapes)
	fmt.Printf("largest: %v with area %.2f\n", big, big.Area())
	if c, ok := big.(Circle); ok {
		fmt.Println("it is a circle of radius", c.Radius)
	}
}
