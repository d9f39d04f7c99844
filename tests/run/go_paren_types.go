// Parenthesised types (Go's `"(" Type ")"`): the type itself, in every
// place a type may stand.
package main

import "fmt"

type Fn (func(int) int)

func apply(f (func(int) int), x (int)) (int) {
	return f(x)
}

func pair() ((int), (string)) { return 1, "one" }

func main() {
	f := func() int { return 7 }
	var pf *(func() int) = &f
	fmt.Println((*pf)())
	x := 3
	s := [](*int){&x}
	fmt.Println(*s[0])
	var y (int) = 4
	fmt.Println(y)
	m := map[(string)]([]int){"a": {1, 2}}
	fmt.Println(len(m["a"]))
	var g Fn = func(i int) int { return i * 2 }
	fmt.Println(apply(g, 5))
	n, w := pair()
	fmt.Println(n, w)
	var a [2](*(int))
	fmt.Println(a[0] == nil)
	z := (*int)(nil)
	fmt.Println(z == nil)
}

/* OUTPUT:
7
3
4
2
10
1 one
true
true
*/
