package main
// Assignment counts (=, :=, one call of the wrong size): go1.19 words and columns.

func one() int             { return 1 }
func two() (int, int)      { return 1, 2 }

func main() {
	var a, b int
	a, b = 1, 2, 3
	a, b = 1
	a = 1, 2
	c, d := 1, 2, 3
	e := 1, 2
	f, g := one()
	a, b = one()
	h := two()
	a = two()
	println(a, b, c, d, e, f, g, h)
}
