package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) String() string {
	return fmt.Sprintf("(%d, %d)", p.X, p.Y)
}

type Polygon struct {
	Name   string
	Points []Point
}

func (p *Polygon) String() string {
	s := p.Name + ":"
	for _, pt := range p.Points {
		s += " "
		s += pt.String()
	}
	return s
}

func main() {
	p := Point{1, 2}
	fmt.Println(p)
	fmt.Printf("%v %s\n", p, p)
	poly := &Polygon{"triangle", []Point{{0, 0}, {4, 0}, {0, 3}}}
	fmt.Println(poly)
	var s fmt.Stringer = p
	fmt.Println("stringer:", s.String())
	items := []fmt.Stringer{p, poly, Point{5, 5}}
	for i, it := range items {
		fmt.Println(i, it)
	}
}
