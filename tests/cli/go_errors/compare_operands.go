package main

import "fmt"

// Each operand of == must be comparable, also beside an interface.

type T struct{ s []int }

func f() {}

func main() {
	var e any
	var s []int
	var t T
	var st fmt.Stringer
	x := 3
	_ = e == s
	_ = s == e
	_ = e == t
	_ = st == x
	_ = f == f
	_ = e == f
	_ = e < 3
}
