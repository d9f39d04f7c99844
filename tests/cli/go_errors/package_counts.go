package main

// Package-level declarations with the wrong number or type of values, in
// go1.19's words and at its positions; a failed one is silent afterwards.
func pair() (int, string) { return 3, "x" }
func one() int { return 1 }

var a, b = 1
var c, d = 1, 2, 3
var e, f = one()
var g = pair()
var h, i, j = pair()
var k, l, m = 1, 2
var n, o int = pair()
var p, q = pair()

func main() {
	var n2, o2 int = pair()
	println(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, n2, o2)
}
