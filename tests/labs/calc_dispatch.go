package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type BinOp func(a, b float64) (float64, error)

type OpTable map[string]BinOp

func (t OpTable) Names() string {
	var names []string
	for _, n := range []string{"+", "-", "*", "/", "^", "%"} {
		if _, ok := t[n]; ok {
			names = append(names, n)
		}
	}
	return strings.Join(names, " ")
}

var ErrDivZero = errors.New("division by zero")

func pow(a, b float64) (float64, error) {
	r := 1.0
	for i := 0; i < int(b); i++ {
		r *= a
	}
	return r, nil
}

type Calc struct {
	ops   OpTable
	stack []float64
	trace func(string)
}

func (c *Calc) push(v float64) { c.stack = append(c.stack, v) }

func (c *Calc) pop() (float64, error) {
	if len(c.stack) == 0 {
		return 0, errors.New("stack underflow")
	}
	v := c.stack[len(c.stack)-1]
	c.stack = c.stack[:len(c.stack)-1]
	return v, nil
}

func (c *Calc) Eval(expr string) (result float64, err error) {
	c.stack = c.stack[:0]
	defer func() {
		if err != nil {
			err = fmt.Errorf("eval %q: %w", expr, err)
		}
	}()
	for _, tok := range strings.Fields(expr) {
		if op, ok := c.ops[tok]; ok {
			b, err := c.pop()
			if err != nil {
				return 0, err
			}
			a, err := c.pop()
			if err != nil {
				return 0, err
			}
			r, err := op(a, b)
			if err != nil {
				return 0, err
			}
			c.trace(fmt.Sprintf("%g %s %g = %g", a, tok, b, r))
			c.push(r)
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return 0, err
		}
		c.push(v)
	}
	if len(c.stack) != 1 {
		return 0, fmt.Errorf("%d values left", len(c.stack))
	}
	return c.stack[0], nil
}

func main() {
	steps := 0
	c := &Calc{
		ops: OpTable{
			"+": func(a, b float64) (float64, error) { return a + b, nil },
			"-": func(a, b float64) (float64, error) { return a - b, nil },
			"*": func(a, b float64) (float64, error) { return a * b, nil },
			"/": func(a, b float64) (float64, error) {
				if b == 0 {
					return 0, ErrDivZero
				}
				return a / b, nil
			},
		},
		trace: func(s string) { steps++; fmt.Println("  ", s) },
	}
	c.ops["^"] = pow
	fmt.Println("ops:", c.ops.Names())
	for _, e := range []string{"3 4 + 2 *", "1 0 /", "2 10 ^ 24 -", "5 +", "1 2 3", "2 x *", "7 2 /"} {
		v, err := c.Eval(e)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrDivZero))
			continue
		}
		fmt.Println(e, "=", v)
	}
	fmt.Println("steps:", steps)
}
