// go1.19 prints the expressions in these messages through its printer
// (types2 ExprString: spaces around binary operators, none inside
// parentheses), not as written: ml0c's sema/expr_string.c.
package main

import (
	"fmt"
	"strings"
)

type T struct{ grade int }

type I interface{ M() }

func add(a, b int) int { return a + b }

func main() {
	var t T
	var i I
	var sb strings.Builder
	ts := []T{t}
	_ = ( ts[0] ).Grade
	_ = ts[ 0 ].nope
	i.N( )
	( i ).M(1)
	sb.Nope( )
	_ = add(1)
	_ = fmt.Sprint(add( 1, 2, 3 ))
}
