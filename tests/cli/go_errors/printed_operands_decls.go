// go1.19 prints the expressions in these messages through its printer
// (types2 ExprString: spaces around binary operators, none inside
// parentheses), not as written: ml0c's sema/expr_string.c.
package main

import "fmt"

type T struct{}

type S interface{ M() }

func two() (int, int) { return 1, 2 }

func vf(xs ...int) {}

var g = two( )

var h, j = 1, 2, len( "ab" )

func main() {
	m := map[int]int{}
	delete(m)
	_ = m
	var s S
	_ = s.(T)
	vf(two( )...)
	var y int = two( )
	_ = y
	fmt.Println(g, h, j)
}
