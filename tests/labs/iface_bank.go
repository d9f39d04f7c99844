package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrInvalid = errors.New("invalid amount")

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) Deposit(amount int) error {
	if amount <= 0 {
		return ErrInvalid
	}
	a.Balance += amount
	return nil
}

func (a *Account) Withdraw(amount int) error {
	if amount <= 0 {
		return ErrInvalid
	}
	if amount > a.Balance {
		return fmt.Errorf("withdraw %d from %s: %w", amount, a.Owner, ErrInsufficient)
	}
	a.Balance -= amount
	return nil
}

func Transfer(from, to *Account, amount int) error {
	if err := from.Withdraw(amount); err != nil {
		return err
	}
	return to.Deposit(amount)
}

func main() {
	alice := &Account{"alice", 100}
	bob := &Account{"bob", 20}
	if err := alice.Deposit(-5); err != nil {
		fmt.Println("error:", err)
	}
	if err := Transfer(bob, alice, 50); err != nil {
		fmt.Println("error:", err)
		if errors.Is(err, ErrInsufficient) {
			fmt.Println("bob needs more money")
		}
	}
	if err := Transfer(alice, bob, 30); err == nil {
		fmt.Println("transfer ok")
	}
	fmt.Println(alice.Owner, alice.Balance)
	fmt.Println(bob.Owner, bob.Balance)
}
