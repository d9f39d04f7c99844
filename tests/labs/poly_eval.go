package main

import (
	"fmt"
	"strings"
)

// Poly holds coefficients, lowest degree first.
type Poly []int

func (p Poly) Degree() int {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] != 0 {
			return i
		}
	}
	return -1
}

func (p Poly) Eval(x int) int {
	r := 0
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func (p Poly) Add(q Poly) Poly {
	n := len(p)
	if len(q) > n {
		n = len(q)
	}
	out := make(Poly, n)
	copy(out, p)
	for i, c := range q {
		out[i] += c
	}
	return out
}

func (p Poly) Mul(q Poly) Poly {
	if len(p) == 0 || len(q) == 0 {
		return nil
	}
	out := make(Poly, len(p)+len(q)-1)
	for i, a := range p {
		for j, b := range q {
			out[i+j] += a * b
		}
	}
	return out
}

func (p Poly) Derive() Poly {
	if len(p) <= 1 {
		return Poly{0}
	}
	out := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		out[i-1] = p[i] * i
	}
	return out
}

func (p Poly) String() string {
	var terms []string
	for i := p.Degree(); i >= 0; i-- {
		c := p[i]
		if c == 0 {
			continue
		}
		var t string
		switch {
		case i == 0:
			t = fmt.Sprint(c)
		case c == 1:
			t = ""
		case c == -1:
			t = "-"
		default:
			t = fmt.Sprint(c)
		}
		if i >= 1 {
			t += "x"
		}
		if i > 1 {
			t += fmt.Sprintf("^%d", i)
		}
		terms = append(terms, t)
	}
	if len(terms) == 0 {
		return "0"
	}
	return strings.ReplaceAll(strings.Join(terms, " + "), "+ -", "- ")
}

func main() {
	p := Poly{1, -3, 0, 2}
	q := Poly{-1, 1}
	fmt.Println("p =", p, "deg", p.Degree())
	fmt.Println("q =", q)
	fmt.Println("p+q =", p.Add(q))
	fmt.Println("p*q =", p.Mul(q))
	fmt.Println("p' =", p.Derive(), "p'' =", p.Derive().Derive())
	for x := -2; x <= 2; x++ {
		fmt.Printf("p(%d)=%d ", x, p.Eval(x))
	}
	fmt.Println()
	var s fmt.Stringer = q.Mul(q).Mul(q)
	fmt.Println(s, Poly{}, Poly{0, 0}, Poly(nil).Mul(p) == nil)
	fmt.Printf("%v %d %s\n", p, p, q)
}
