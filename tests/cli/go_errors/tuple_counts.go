package main
// Declarations and assignments from a call with the wrong number of results.

func two() (int, int)      { return 1, 2 }

func main() {
	var a, b, c int
	a, b, c = two()
	x, y, z := two()
	var p, q, r = two()
	var s, t int = 1
	var u int = two()
	println(a, b, c, x, y, z, p, q, r, s, t, u)
}
