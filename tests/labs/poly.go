package main

import (
	"fmt"
	"strings"
)

// Poly holds coefficients, index = power of x.
type Poly []int

func (p Poly) trim() Poly {
	for len(p) > 1 && p[len(p)-1] == 0 {
		p = p[:len(p)-1]
	}
	return p
}

func Add(a, b Poly) Poly {
	n := len(a)
	if len(b) > n {
		n = len(b)
	}
	r := make(Poly, n)
	for i := range r {
		if i < len(a) {
			r[i] += a[i]
		}
		if i < len(b) {
			r[i] += b[i]
		}
	}
	return r.trim()
}

func Mul(a, b Poly) Poly {
	r := make(Poly, len(a)+len(b)-1)
	for i, x := range a {
		for j, y := range b {
			r[i+j] += x * y
		}
	}
	return r.trim()
}

func (p Poly) Eval(x int) int {
	result := 0
	for i := len(p) - 1; i >= 0; i-- {
		result = result*x + p[i]
	}
	return result
}

func (p Poly) Derive() Poly {
	if len(p) <= 1 {
		return Poly{0}
	}
	d := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		d[i-1] = p[i] * i
	}
	return d
}

func (p Poly) String() string {
	var terms []string
	for i := len(p) - 1; i >= 0; i-- {
		c := p[i]
		if c == 0 {
			continue
		}
		var t string
		switch i {
		case 0:
			t = fmt.Sprint(c)
		case 1:
			t = fmt.Sprintf("%dx", c)
		default:
			t = fmt.Sprintf("%dx^%d", c, i)
		}
		terms = append(terms, t)
	}
	if len(terms) == 0 {
		return "0"
	}
	return strings.ReplaceAll(strings.Join(terms, " + "), "+ -", "- ")
}

func main() {
	p := Poly{1, 2, 3}  // 3x^2 + 2x + 1
	q := Poly{-1, 0, 1} // x^2 - 1
	fmt.Println("p =", p)
	fmt.Println("q =", q)
	fmt.Println("p + q =", Add(p, q))
	fmt.Println("p * q =", Mul(p, q))
	fmt.Println("p' =", p.Derive())
	for x := -2; x <= 2; x++ {
		fmt.Printf("p(%d) = %d, q(%d) = %d\n", x, p.Eval(x), x, q.Eval(x))
	}
	zero := Add(Poly{1, 1}, Poly{-1, -1})
	fmt.Println("zero:", zero, len(zero))
}
