package main

import "fmt"

type Fraction struct {
	Num, Den int
}

func gcd(a, b int) int {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func New(n, d int) Fraction {
	if d == 0 {
		panic("zero denominator")
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		g = 1
	}
	return Fraction{n / g, d / g}
}

func (f Fraction) Add(o Fraction) Fraction { return New(f.Num*o.Den+o.Num*f.Den, f.Den*o.Den) }
func (f Fraction) Sub(o Fraction) Fraction { return New(f.Num*o.Den-o.Num*f.Den, f.Den*o.Den) }
func (f Fraction) Mul(o Fraction) Fraction { return New(f.Num*o.Num, f.Den*o.Den) }
func (f Fraction) Div(o Fraction) Fraction { return New(f.Num*o.Den, f.Den*o.Num) }

func (f Fraction) Less(o Fraction) bool {
	return f.Num*o.Den < o.Num*f.Den
}

func (f Fraction) Float() float64 {
	return float64(f.Num) / float64(f.Den)
}

func (f Fraction) String() string {
	if f.Den == 1 {
		return fmt.Sprintf("%d", f.Num)
	}
	return fmt.Sprintf("%d/%d", f.Num, f.Den)
}

func main() {
	a := New(1, 2)
	b := New(3, 4)
	c := New(-6, 8)
	fmt.Println(a, b, c)
	fmt.Println(a, "+", b, "=", a.Add(b))
	fmt.Println(a, "-", b, "=", a.Sub(b))
	fmt.Println(a, "*", c, "=", a.Mul(c))
	fmt.Println(b, "/", c, "=", b.Div(c))
	fmt.Printf("%v as float: %.4f\n", c, c.Float())
	sum := New(0, 1)
	for i := 1; i <= 6; i++ {
		sum = sum.Add(New(1, i*(i+1)))
		fmt.Printf("sum to %d: %s\n", i, sum)
	}
	h := New(0, 1)
	for i := 1; i <= 5; i++ {
		h = h.Add(New(1, i))
	}
	fmt.Println("H5 =", h, h.Less(New(3, 1)), New(2, 4) == a)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	fmt.Println(a.Div(New(0, 5)))
}
