package main

import "fmt"

type Point struct {
	X int,
	Y int,
}

func main() {
	fmt.Println(Point{1, 2})
}
