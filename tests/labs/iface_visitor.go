package main

import (
	"fmt"
	"strings"
)

type Node interface {
	Accept(v Visitor)
}

type Visitor interface {
	VisitNum(n *Num)
	VisitAdd(a *Add)
	VisitMul(m *Mul)
}

type Num struct{ Val int }
type Add struct{ L, R Node }
type Mul struct{ L, R Node }

func (n *Num) Accept(v Visitor) { v.VisitNum(n) }
func (a *Add) Accept(v Visitor) { v.VisitAdd(a) }
func (m *Mul) Accept(v Visitor) { v.VisitMul(m) }

// Evaluator computes the value with a stack.
type Evaluator struct {
	stack []int
}

func (e *Evaluator) pop() int {
	x := e.stack[len(e.stack)-1]
	e.stack = e.stack[:len(e.stack)-1]
	return x
}

func (e *Evaluator) VisitNum(n *Num) { e.stack = append(e.stack, n.Val) }
func (e *Evaluator) VisitAdd(a *Add) {
	a.L.Accept(e)
	a.R.Accept(e)
	r, l := e.pop(), e.pop()
	e.stack = append(e.stack, l+r)
}
func (e *Evaluator) VisitMul(m *Mul) {
	m.L.Accept(e)
	m.R.Accept(e)
	r, l := e.pop(), e.pop()
	e.stack = append(e.stack, l*r)
}

// Printer builds the expression text.
type Printer struct {
	parts []string
}

func (p *Printer) VisitNum(n *Num) { p.parts = append(p.parts, fmt.Sprint(n.Val)) }
func (p *Printer) VisitAdd(a *Add) {
	p.parts = append(p.parts, "(")
	a.L.Accept(p)
	p.parts = append(p.parts, " + ")
	a.R.Accept(p)
	p.parts = append(p.parts, ")")
}
func (p *Printer) VisitMul(m *Mul) {
	m.L.Accept(p)
	p.parts = append(p.parts, " * ")
	m.R.Accept(p)
}

// Counter counts node kinds.
type Counter struct {
	counts map[string]int
}

func (c *Counter) VisitNum(n *Num) { c.counts["num"]++ }
func (c *Counter) VisitAdd(a *Add) {
	c.counts["add"]++
	a.L.Accept(c)
	a.R.Accept(c)
}
func (c *Counter) VisitMul(m *Mul) {
	c.counts["mul"]++
	m.L.Accept(c)
	m.R.Accept(c)
}

func main() {
	exprs := []Node{
		&Num{7},
		&Add{&Num{1}, &Num{2}},
		&Mul{&Add{&Num{1}, &Num{2}}, &Add{&Num{3}, &Mul{&Num{4}, &Num{5}}}},
	}
	c := &Counter{counts: map[string]int{}}
	for _, e := range exprs {
		ev := &Evaluator{}
		e.Accept(ev)
		p := &Printer{}
		e.Accept(p)
		e.Accept(c)
		fmt.Println(strings.Join(p.parts, ""), "=", ev.pop())
	}
	fmt.Println("nums:", c.counts["num"], "adds:", c.counts["add"], "muls:", c.counts["mul"])
}
