package main

import (
	"errors"
	"fmt"
	"sort"
)

type Account struct {
	ID      string
	Owner   string
	Balance int
}

type InsufficientFunds struct {
	Need, Have int
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

var ErrNoAccount = errors.New("no such account")

type Bank struct {
	accounts map[string]*Account
}

func NewBank() *Bank {
	return &Bank{accounts: make(map[string]*Account)}
}

func (b *Bank) Open(id, owner string, initial int) *Account {
	a := &Account{ID: id, Owner: owner, Balance: initial}
	b.accounts[id] = a
	return a
}

func (b *Bank) Transfer(from, to string, amount int) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer from %s: %w", from, ErrNoAccount)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer to %s: %w", to, ErrNoAccount)
	}
	if src.Balance < amount {
		return &InsufficientFunds{Need: amount, Have: src.Balance}
	}
	src.Balance -= amount
	dst.Balance += amount
	return nil
}

func (b *Bank) Report() {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Printf("%-4s %-8s %6d\n", a.ID, a.Owner, a.Balance)
	}
}

func main() {
	bank := NewBank()
	bank.Open("A1", "alice", 100)
	bank.Open("B2", "bob", 50)
	bank.Open("C3", "carol", 0)
	moves := []struct {
		from, to string
		amt      int
	}{
		{"A1", "B2", 30},
		{"B2", "C3", 100},
		{"C3", "Z9", 1},
		{"Q0", "A1", 5},
		{"B2", "C3", 80},
	}
	for i, m := range moves {
		err := bank.Transfer(m.from, m.to, m.amt)
		var inf *InsufficientFunds
		switch {
		case err == nil:
			fmt.Println(i, "ok")
		case errors.Is(err, ErrNoAccount):
			fmt.Println(i, "missing:", err)
		case errors.As(err, &inf):
			fmt.Println(i, "short by", inf.Need-inf.Have)
		default:
			fmt.Println(i, "other", err)
		}
	}
	bank.Report()
}
