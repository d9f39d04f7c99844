package main

import "fmt"

var global int // package-level: never reported

func named(p int) (r int) { return } // parameters and results: never

func main() {
	x := 1     // only declared
	y := 2     // only assigned to
	y = 3
	z := 0     // x++ reads z, as Go's types2 sees it
	z++
	w := 0     // so does w += 1
	w += 1
	var s struct{ f int }
	s.f = 1 // a field store reads s
	var a [3]int
	a[0] = 1 // so does an element store
	var u, v = 1, 2
	_ = u
	k := 0
	func() { k = 1 }() // a closure's store is not a use either
	m := 0
	func() { fmt.Println(m) }()
	var q int
	q, r := 1, 2 // redeclared by := : stored, not used
	_ = r
	_ = named
}
