// go1.19 prints the expressions in these messages through its printer
// (types2 ExprString: spaces around binary operators, none inside
// parentheses), not as written: ml0c's sema/expr_string.c.
package main

import "fmt"

type P struct{ x int }

func two() (int, int) { return 1, 2 }

func main() {
	m := map[string]P{}
	m["a"].x=1
	var a = two( )
	var b, c = 1, 2, fmt.Sprint( 3 )
	x := 1
	x += "s"+"t"
	const k int8 = 100
	_ = k*2
	var i any = x
	switch i.(type) {
	case fmt.Sprint( 1 ):
	}
	fmt.Println(a, b, c)
}
