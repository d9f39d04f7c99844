package main

import "fmt"

type P struct{ x, y int }

func g(a, b int) (int, string) { return a, "" }
func h(a int) int               { return a }

func main() {
	r := P{1}
	r = 8
	n := h()
	n = "z"
	x, y := g(1)
	x = "a"
	y = 2
	var t P = P{z: 1}
	t = 9
	fmt.Println(r, n, x, y, t)
}
