package main

import "fmt"

type Shape interface {
	Area() int
}

type Rect struct {
	w, h int
}

type Square struct {
	s int
}

type Tri struct {
	b, h int
}

func (r Rect) Area() int   { return r.w * r.h }
func (s Square) Area() int { return s.s * s.s }
func (t Tri) Area() int    { return t.b * t.h / 2 }

//go:noinline
func areaSwitch(s Shape) int {
	switch v := s.(type) {
	case Rect:
		return v.w * v.h
	case Square:
		return v.s * v.s
	case Tri:
		return v.b * v.h / 2
	}
	return 0
}

func main() {
	const n = 3000
	const passes = 50000
	shapes := make([]Shape, 0, n)
	for i := 0; i < n; i++ {
		switch i % 3 {
		case 0:
			shapes = append(shapes, Rect{i%7 + 1, i%11 + 1})
		case 1:
			shapes = append(shapes, Square{i%13 + 1})
		default:
			shapes = append(shapes, Tri{i%17 + 1, i%5 + 2})
		}
	}
	calls := 0
	for p := 0; p < passes; p++ {
		for _, s := range shapes {
			calls += s.Area()
		}
	}
	switched := 0
	for p := 0; p < passes; p++ {
		for _, s := range shapes {
			switched += areaSwitch(s)
		}
	}
	fmt.Println(calls, switched)
}
