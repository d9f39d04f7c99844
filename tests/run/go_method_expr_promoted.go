// Method expressions and values of promoted methods: Node.Name and (*Node).Name
// from an embedded interface, (*Wrap).Set and PW.Set through embedded structs
// and pointers, an interface's method expression (go run output, go1.19).
package main

import "fmt"

type Namer interface{ Name() string }

type Base struct{ n string }

func (b Base) Name() string  { return b.n }
func (b *Base) Set(s string) { b.n = s }

type Node struct {
	Namer
	id int
}

type Wrap struct {
	Base
	k int
}

type PW struct {
	*Base
}

func main() {
	n := Node{Base{"a"}, 1}
	f := Node.Name
	fmt.Println(f(n))
	g := (*Node).Name
	fmt.Println(g(&n))
	w := Wrap{Base{"b"}, 2}
	h := Wrap.Name
	fmt.Println(h(w))
	s := (*Wrap).Set
	s(&w, "c")
	fmt.Println(w.Name())
	p := PW{&Base{"d"}}
	q := PW.Set
	q(p, "e")
	fmt.Println(p.Name())
	mv := p.Set
	mv("f")
	fmt.Println(p.n)
	nm := n.Name
	fmt.Println(nm())
	ie := Namer.Name
	fmt.Println(ie(w))
}

/* OUTPUT:
a
a
b
c
e
f
a
c
*/
