package main

import (
	"errors"
	"fmt"
	"sort"
)

type Account interface {
	ID() string
	Balance() float64
	Deposit(amt float64) error
	Withdraw(amt float64) error
	MonthEnd()
}

var ErrAmount = errors.New("amount must be positive")

type OverdraftError struct {
	ID     string
	Amount float64
	Limit  float64
}

func (e OverdraftError) Error() string {
	return fmt.Sprintf("%s: withdrawing %.2f exceeds limit %.2f", e.ID, e.Amount, e.Limit)
}

type base struct {
	id      string
	balance float64
	ops     int
}

func (b *base) ID() string        { return b.id }
func (b *base) Balance() float64  { return b.balance }
func (b *base) Deposit(a float64) error {
	if a <= 0 {
		return ErrAmount
	}
	b.balance += a
	b.ops++
	return nil
}

type Savings struct {
	base
	rate float64
}

func (s *Savings) Withdraw(a float64) error {
	if a <= 0 {
		return ErrAmount
	}
	if a > s.balance {
		return OverdraftError{s.id, a, s.balance}
	}
	s.balance -= a
	s.ops++
	return nil
}

func (s *Savings) MonthEnd() { s.balance += s.balance * s.rate / 12 }

type Checking struct {
	base
	overdraft float64
	fee       float64
}

func (c *Checking) Withdraw(a float64) error {
	if a <= 0 {
		return ErrAmount
	}
	if c.balance-a < -c.overdraft {
		return &OverdraftError{c.id, a, c.balance + c.overdraft}
	}
	c.balance -= a
	c.ops++
	return nil
}

func (c *Checking) MonthEnd() {
	if c.ops > 3 {
		c.balance -= c.fee * float64(c.ops-3)
	}
	c.ops = 0
}

func main() {
	accts := map[string]Account{}
	for _, a := range []Account{
		&Savings{base{id: "S-1", balance: 1000}, 0.06},
		&Checking{base{id: "C-1", balance: 50}, 100, 1.5},
		&Savings{base: base{id: "S-2"}, rate: 0.12},
	} {
		accts[a.ID()] = a
	}
	ops := []struct {
		id   string
		kind byte
		amt  float64
	}{
		{"S-1", 'w', 200}, {"C-1", 'w', 120}, {"C-1", 'w', 40}, {"S-2", 'd', 300},
		{"S-2", 'w', 500}, {"C-1", 'd', -5}, {"C-1", 'd', 10}, {"C-1", 'w', 1}, {"X-9", 'd', 1},
	}
	for _, op := range ops {
		a, ok := accts[op.id]
		if !ok {
			fmt.Println("no account", op.id)
			continue
		}
		var err error
		if op.kind == 'd' {
			err = a.Deposit(op.amt)
		} else {
			err = a.Withdraw(op.amt)
		}
		var oe OverdraftError
		var poe *OverdraftError
		switch {
		case err == nil:
			fmt.Printf("%s %c %.2f ok -> %.2f\n", op.id, op.kind, op.amt, a.Balance())
		case errors.As(err, &oe):
			fmt.Println("value overdraft:", oe.Limit)
		case errors.As(err, &poe):
			fmt.Println("pointer overdraft:", poe)
		default:
			fmt.Println(op.id, "error:", err, err == ErrAmount)
		}
	}
	ids := []string{}
	for id := range accts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := accts[id]
		a.MonthEnd()
		kind := "?"
		switch a.(type) {
		case *Savings:
			kind = "savings"
		case *Checking:
			kind = "checking"
		}
		fmt.Printf("%-4s %-8s %9.2f\n", id, kind, a.Balance())
	}
}
