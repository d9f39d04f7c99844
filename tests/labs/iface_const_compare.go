package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

var ErrX = errors.New("x")

func classify(v any) string {
	switch v {
	case nil:
		return "nil"
	case 1, 2:
		return "small"
	case "hi":
		return "greeting"
	case true:
		return "yes"
	case Sq{2}:
		return "square 2"
	}
	return "other"
}

func consts() {
	var e any = 3
	fmt.Println(e == 3, 3 == e, e != "x", e == nil)
	var s fmt.Stringer
	fmt.Println(s == nil)
	var f float64 = 2
	var g any = f
	fmt.Println(g == 2.0, g == 2)
}

func main() {
	consts()
	for _, v := range []any{nil, 1, 2, 3, "hi", true, Sq{2}, Sq{3}, 2.0} {
		fmt.Println(classify(v))
	}
	var s Shape = Sq{1}
	q := Sq{1}
	switch q {
	case s:
		fmt.Println("same")
	}
	err := fmt.Errorf("wrap")
	switch err {
	case ErrX:
		fmt.Println("x")
	case nil:
		fmt.Println("nil")
	default:
		fmt.Println("other err")
	}
	fmt.Println(s == q, q == s, s != Sq{2})
}
