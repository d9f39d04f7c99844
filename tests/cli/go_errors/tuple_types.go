package main
// Results of the wrong type for the declared or assigned variables:
// go1.19 reports each result that does not fit, at the call.

import "fmt"

func pair() (int, string) { return 1, "x" }

func main() {
	var s, t fmt.Stringer = pair()
	var u fmt.Stringer
	var n int
	u, n = pair()
	var a, b int = pair()
	q, r := 1, 2
	var e any
	e, q = pair()
	fmt.Println(s, t, u, n, a, b, q, r, e)
}
