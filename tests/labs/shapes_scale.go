package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Scaler interface {
	Scale(k int)
	fmt.Stringer
}

type Box struct {
	Min, Max Point
}

func (b *Box) Scale(k int) {
	b.Max.X = b.Min.X + (b.Max.X-b.Min.X)*k
	b.Max.Y = b.Min.Y + (b.Max.Y-b.Min.Y)*k
}

func (b *Box) String() string { return "box " + b.Min.String() + "-" + b.Max.String() }

type Poly struct {
	Pts []Point
}

func (p *Poly) Scale(k int) {
	for i := range p.Pts {
		p.Pts[i].X *= k
		p.Pts[i].Y *= k
	}
}

func (p *Poly) String() string { return fmt.Sprint("poly ", p.Pts) }

func scaleAll(items []Scaler, k int) {
	for _, it := range items {
		it.Scale(k)
	}
}

func main() {
	b := Box{Point{1, 1}, Point{3, 2}}
	tri := &Poly{Pts: []Point{{0, 0}, {2, 0}, {1, 3}}}
	items := []Scaler{&b, tri}
	for _, it := range items {
		fmt.Println(it)
	}
	scaleAll(items, 3)
	fmt.Println(b.String(), tri)
	copyBox := b
	copyBox.Scale(2)
	fmt.Println(&b, &copyBox)
	pts := tri.Pts
	tri.Scale(-1)
	fmt.Println(pts, len(pts))
	fmt.Printf("%v %s %d\n", b.Min, b.Max, b.Max)
}
