// A struct declared in a function embedding an interface declared there
// too (its promoted method's wrapper body, reached by nothing but an
// itab, was an internal error in escape analysis).
package main

import "fmt"

type Base struct{ n int }

func (b Base) Get() int { return b.n }

var ga any

func g() {
	type I interface{ Get() int }
	type L struct{ I }
	l := L{Base{4}}
	fmt.Println(l.Get())
	ga = l
	var i I = l
	fmt.Println(i.Get())
}

func h() {
	type I interface{ Get() int }
	type L struct {
		I
		k int
	}
	var l L
	l.I = Base{2}
	fmt.Println(l.Get() + l.k)
}

func main() {
	g()
	h()
	fmt.Println(ga.(interface{ Get() int }).Get())
}

/* OUTPUT:
4
4
2
4
*/
