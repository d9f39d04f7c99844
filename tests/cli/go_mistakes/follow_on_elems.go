package main

import "fmt"

type P struct{ x, y int }

func f(a int) int { return a }

func main() {
	s := []int{1, "two", 3}
	s = 4
	m := map[string]int{1: 2}
	m = 5
	c := f("x")
	c = "y"
	p := P{1, 2, 3}
	p = 6
	fmt.Println(s, m, c, p)
}
