// A method expression T.M whose type has no method M: go1.19's selector
// error, at M, the expression printed (ExprString), "has no method"
// only where M is a field.
package main

type T struct{}

func (T) M() {}

type I interface{ M() }

func main() {
	_ = ( *T ).Nope
	_ = T . Other
	_ = I.N
}

type P struct{ x int }

var _ = P.x
