// Conversions to a parenthesised type (Go's `"(" Type ")"` as an operand):
// `(func(int) int)(f)` and `func() int(x)` (a func type not followed by `{`
// is an operand, as in Go's parser), `(*T)(p)`, `([]int)(s)`,
// `(map[string]int)(m)`, `(interface{})(v)`, `(*func())(nil)`, a func type
// as a type-switch case and as new's argument. Output: go1.19's go run.
package main

import "fmt"

type T struct{ a int }

type F func(int) int

func double(x int) int { return x * 2 }

func main() {
	f := (func(int) int)(double)
	fmt.Println(f(3))
	var g F = F(double)
	h := (func(int) int)(g)
	fmt.Println(h(4))
	t := T{5}
	p := (*T)(&t)
	fmt.Println(p.a)
	s := ([]int)([]int{1, 2, 3})
	fmt.Println(len(s), s)
	m := (map[string]int)(map[string]int{"a": 1})
	fmt.Println(m["a"])
	var i interface{} = (interface{})(7)
	fmt.Println(i)
	st := (struct{ x int })(struct{ x int }{9})
	fmt.Println(st.x)
	a := ([2]int)([2]int{1, 2})
	fmt.Println(a)
	n := (int)(3)
	fmt.Println(n)
	var pp *int = (*int)(nil)
	fmt.Println(pp == nil)
	fn := (func())(nil)
	fmt.Println(fn == nil)
	q := (*(*T))(&p)
	fmt.Println((*q).a)
	r := ((func(int) int))(double)
	fmt.Println(r(1))
	k := (func(int) (int, error))(nil)
	fmt.Println(k == nil)
	more()
}

func more() {
	f := func(int) int(double)
	fmt.Println(f(3))
	g := new(func(int) int)
	*g = double
	fmt.Println((*g)(5))
	var pf *func(int) int = (*func(int) int)(g)
	fmt.Println((*pf)(6))
	h := (func())(nil)
	fmt.Println(h == nil)
	fs := []func(int) int{double, func(x int) int { return x + 1 }}
	fmt.Println(fs[1](1), len(fs))
	k := (func() (int, string))(func() (int, string) { return 1, "a" })
	a, b := k()
	fmt.Println(a, b)
	m := make(map[string]func(int) int)
	m["d"] = double
	fmt.Println(m["d"](7))
	var e interface{} = double
	_, ok := e.(func(int) int)
	fmt.Println(ok)
	switch e.(type) {
	case func(), func() int:
		fmt.Println("no")
	case func(int) int:
		fmt.Println("yes")
	}
	ch := (**int)(nil)
	fmt.Println(ch == nil)
	pp := (*(func(int) int))(g)
	fmt.Println((*pp)(1))
}

/* OUTPUT:
6
8
5
3 [1 2 3]
1
7
9
[1 2]
3
true
true
5
2
true
6
10
12
true
2 2
1 a
14
true
yes
true
2
*/
