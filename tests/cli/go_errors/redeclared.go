package main

import "fmt"
import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
	Area() float64
}

type Point struct {
	x int
	y int
	x float64
}

func (p Point) Sum() int  { return p.x + p.y }
func (p *Point) Sum() int { return 0 }

func total(a int, a int) int { return a }

var count = 1
var count = 2

func main() {
	n := 3
	var n int
	fmt.Println(n, count)
}
