// go1.19 prints an expression in a message as its type checker's printer
// does: binary operators spaced whatever the source (2*3 is 2 * 3),
// composite and func literals elided to T{…} and func(a int) int {…}.
package main

type T struct{ a, b int }

func f(a, b int) int { return a + b }

func main() {
	x := 2
	xs := []string{"a"}
	var s1 string = f(1, 2*3)
	var b bool = x*3 + 1
	var n1 int = func(a int) int { return a }
	var n2 int = xs[len(xs)-1]
	var n3 int = &T{a: 1, b: 2 * 3}
	var s2 string = (x+1)*(x-1) + f(x, -x)
	var n4 int = []int{}
	_, _, _, _, _, _, _, _ = s1, b, n1, n2, n3, s2, n4, xs
}
