// Methods promoted from an embedded interface are in the outer struct's
// method set: interface values, method values, type switches and
// assertions, fmt's Error/String hooks, sort.Interface wrappers.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }

type Labeled struct {
	Shape
	label string
}

func (l Labeled) Name() string { return l.label + "/" + l.Shape.Name() }

type Deep struct {
	*Labeled
	id int
}

type opError struct {
	error
	op string
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func describe(s Shape) string {
	switch v := s.(type) {
	case Labeled:
		return fmt.Sprintf("labeled %s %.1f", v.label, v.Area())
	case *Deep:
		return fmt.Sprintf("deep %d %s", v.id, v.Name())
	case Rect:
		return "rect"
	}
	return "?"
}

func main() {
	l := Labeled{Rect{2, 3}, "box"}
	var s Shape = l
	fmt.Println(s.Name(), s.Area())
	d := &Deep{&l, 7}
	s = d
	fmt.Println(s.Name(), s.Area())
	fmt.Println(describe(l), describe(d), describe(Rect{1, 1}))
	area := l.Area
	l.Shape = Rect{10, 10}
	fmt.Println(area(), l.Area())
	if dd, ok := s.(*Deep); ok {
		fmt.Println("deep", dd.id, dd.Area())
	}
	var x any = l
	if sh, ok := x.(Shape); ok {
		fmt.Println("any holds a Shape:", sh.Area())
	}
	var err error = opError{errors.New("disk full"), "write"}
	fmt.Println(err)
	fmt.Println(err.Error())
	fmt.Printf("%v|%s\n", err, err)
	var oe opError
	if errors.As(err, &oe) {
		fmt.Println("op:", oe.op)
	}
	words := []string{"ccc", "a", "bb", "dddd"}
	sort.Sort(reverse{byLen(words)})
	fmt.Println(words)
	sort.Sort(byLen(words))
	fmt.Println(words)
}

/* OUTPUT:
box/rect 6
box/rect 6
labeled box 6.0 deep 7 box/rect rect
6 100
deep 7 100
any holds a Shape: 100
disk full
disk full
disk full|disk full
op: write
[dddd ccc bb a]
[a bb ccc dddd]
*/
