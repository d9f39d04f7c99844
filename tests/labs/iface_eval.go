package main

import (
	"errors"
	"fmt"
)

type Expr interface {
	Eval() (float64, error)
	String() string
}

type Num struct{ V float64 }

type BinOp struct {
	Op   byte
	L, R Expr
}

func (n Num) Eval() (float64, error) { return n.V, nil }
func (n Num) String() string           { return fmt.Sprint(n.V) }

func (b *BinOp) Eval() (float64, error) {
	l, err := b.L.Eval()
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval()
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, errors.New("division by zero")
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("unknown operator %c", b.Op)
}

func (b *BinOp) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func main() {
	exprs := []Expr{
		&BinOp{'+', Num{1}, Num{2}},
		&BinOp{'*', &BinOp{'-', Num{10}, Num{4}}, Num{3}},
		&BinOp{'/', Num{1}, &BinOp{'-', Num{2}, Num{2}}},
		&BinOp{'%', Num{7}, Num{2}},
	}
	for _, e := range exprs {
		v, err := e.Eval()
		if err != nil {
			fmt.Println(e.String(), "error:", err)
			continue
		}
		fmt.Println(e.String(), "=", v)
	}
}
