// Intro course: interfaces Shape/Area, a type switch, Stringer.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c Circle) Area() float64     { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string    { return fmt.Sprintf("Circle(%.1f)", c.R) }

func total(shapes []Shape) float64 {
	sum := 0.0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return fmt.Sprintf("rect %vx%v", v.W, v.H)
	case Circle:
		return "circle " + v.String()
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Rect{W: 2, H: 2.5}}
	for i, s := range shapes {
		fmt.Printf("%d: %-12s area=%.2f perim=%.2f\n", i, describe(s), s.Area(), s.Perimeter())
	}
	fmt.Printf("total %.3f\n", total(shapes))
	fmt.Println(shapes[1], shapes[0])
	fmt.Printf("%v %+v %T\n", shapes[0], shapes[2], shapes[1])
	if c, ok := shapes[1].(Circle); ok {
		fmt.Println("radius", c.R)
	}
	var biggest Shape
	for _, s := range shapes {
		if biggest == nil || s.Area() > biggest.Area() {
			biggest = s
		}
	}
	fmt.Println("biggest:", biggest)
}

/* OUTPUT:
0: rect 3x4     area=12.00 perim=14.00
1: circle Circle(1.0) area=3.14 perim=6.28
2: rect 2x2.5   area=5.00 perim=9.00
total 20.142
Circle(1.0) {3 4}
{3 4} {W:2 H:2.5} main.Circle
radius 1
biggest: {3 4}
*/
