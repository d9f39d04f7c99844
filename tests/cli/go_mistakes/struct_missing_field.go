package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	p := Point{1, 2, 3}
	q := Point{X: 1, Z: 3}
	fmt.Println(p, q)
}
