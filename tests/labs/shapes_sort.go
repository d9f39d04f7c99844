package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string {
	if r.W == r.H {
		return "square"
	}
	return "rect"
}

func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t *Triangle) Name() string       { return "triangle" }

type ByArea []Named

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func total(shapes ...Shape) (area, perim float64) {
	for _, s := range shapes {
		area += s.Area()
		perim += s.Perimeter()
	}
	return
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%g", v.R)
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case *Triangle:
		return fmt.Sprintf("triangle %g/%g/%g", v.A, v.B, v.C)
	}
	return "unknown"
}

func main() {
	shapes := ByArea{
		Rect{3, 4},
		Circle{1},
		&Triangle{3, 4, 5},
		Rect{2, 2},
		Circle{0.5},
	}
	sort.Sort(shapes)
	for _, s := range shapes {
		fmt.Printf("%-8s %7.3f %7.3f  %s\n", s.Name(), s.Area(), s.Perimeter(), describe(s))
	}
	a, p := total(shapes[0], shapes[1], Rect{1, 1})
	fmt.Printf("%.3f %.3f\n", a, p)
	var biggest Shape = shapes[len(shapes)-1]
	if n, ok := biggest.(Named); ok {
		fmt.Println("biggest is a", n.Name())
	}
	if _, ok := biggest.(Circle); !ok {
		fmt.Println("not a circle")
	}
}
