// Named types that refer to themselves through a pointer, slice, map or
// func (Go accepts them: their size never depends on themselves).
package main

import "fmt"

type T *T

type Tree []Tree

type Env map[string]Env

// A struct holding a slice of itself, passed by value.
type Node struct {
	name string
	kids []Node
}

func depth(t Tree) int {
	d := 0
	for _, k := range t {
		if n := depth(k) + 1; n > d {
			d = n
		}
	}
	return d
}

func size(n Node) int {
	s := 1
	for _, k := range n.kids {
		s += size(k)
	}
	return s
}

// A state machine: each state returns the next one.
type State func(c rune) State

var count int

func start(c rune) State {
	if c == 'a' {
		return inA
	}
	return start
}

func inA(c rune) State {
	if c == 'b' {
		count++
		return start
	}
	if c == 'a' {
		return inA
	}
	return start
}

func main() {
	var t T
	fmt.Println(t == nil)
	t = T(&t)
	fmt.Println(*t == t, **t == t)
	tr := Tree{Tree{}, Tree{Tree{Tree{}}}, nil}
	fmt.Println(len(tr), len(tr[1][0]), tr)
	fmt.Printf("%T %v\n", tr, tr[1])
	fmt.Println(depth(tr), size(Node{"r", []Node{{"a", nil}, {"b", []Node{{"c", nil}}}}}))
	e := Env{"a": Env{"b": nil}, "c": {}}
	fmt.Println(len(e), len(e["a"]), e["a"]["b"] == nil, e)
	fmt.Printf("%T\n", e)
	s := State(start)
	for _, c := range "xaabab ab" {
		s = s(c)
	}
	fmt.Println("ab seen:", count)
	fmt.Printf("%T\n", s)
}

/* OUTPUT:
true
true true
3 1 [[] [[[]]] []]
main.Tree [[[]]]
3 4
2 1 true map[a:map[b:map[]] c:map[]]
main.Env
ab seen: 3
main.State
*/
