package main

import (
	"fmt"
	"sort"
)

type Set map[int]struct{}

func NewSet(xs ...int) Set {
	s := make(Set)
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set) Add(x int)           { s[x] = struct{}{} }
func (s Set) Has(x int) bool      { _, ok := s[x]; return ok }
func (s Set) Remove(x int)        { delete(s, x) }

func (s Set) Sorted() []int {
	out := make([]int, 0, len(s))
	for x := range s {
		out = append(out, x)
	}
	sort.Ints(out)
	return out
}

func (s Set) Union(t Set) Set {
	u := NewSet()
	for x := range s {
		u.Add(x)
	}
	for x := range t {
		u.Add(x)
	}
	return u
}

func (s Set) Intersect(t Set) Set {
	u := NewSet()
	for x := range s {
		if t.Has(x) {
			u.Add(x)
		}
	}
	return u
}

func (s Set) Minus(t Set) Set {
	u := Set{}
	for x := range s {
		if !t.Has(x) {
			u.Add(x)
		}
	}
	return u
}

func (s Set) String() string { return fmt.Sprint(s.Sorted()) }

func main() {
	a := NewSet(1, 2, 3, 4, 5, 8)
	b := NewSet(4, 5, 6, 7, 8, 9)
	fmt.Println("a", a, "b", b)
	fmt.Println("union", a.Union(b))
	fmt.Println("inter", a.Intersect(b))
	fmt.Println("a-b", a.Minus(b), "b-a", b.Minus(a))
	a.Remove(1)
	a.Remove(100)
	fmt.Println(a, len(a), a.Has(2), a.Has(1))
	evens := Set{}
	for i := 0; i < 10; i += 2 {
		evens.Add(i)
	}
	fmt.Printf("%v %d\n", evens.Intersect(b.Union(a)), len(evens))
}
