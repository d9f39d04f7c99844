// Intro course: structs with methods, custom errors, errors.Is/As, maps.
package main

import (
	"errors"
	"fmt"
)

var ErrNoFunds = errors.New("insufficient funds")

type AccountError struct {
	ID  string
	Err error
}

func (e *AccountError) Error() string { return "account " + e.ID + ": " + e.Err.Error() }
func (e *AccountError) Unwrap() error { return e.Err }

type Account struct {
	ID      string
	Balance int
	History []string
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.History = append(a.History, fmt.Sprintf("+%d", n))
}

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return &AccountError{a.ID, ErrNoFunds}
	}
	a.Balance -= n
	a.History = append(a.History, fmt.Sprintf("-%d", n))
	return nil
}

type Bank struct {
	accounts map[string]*Account
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(id string) *Account {
	a := &Account{ID: id}
	b.accounts[id] = a
	return a
}

func (b *Bank) Transfer(from, to string, n int) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer: no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer: no account %q", to)
	}
	if err := src.Withdraw(n); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	dst.Deposit(n)
	return nil
}

func main() {
	b := NewBank()
	b.Open("alice").Deposit(100)
	b.Open("bob")
	fmt.Println(b.Transfer("alice", "bob", 30))
	err := b.Transfer("bob", "alice", 50)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNoFunds))
	var ae *AccountError
	if errors.As(err, &ae) {
		fmt.Println("account:", ae.ID)
	}
	fmt.Println(b.Transfer("carol", "bob", 1))
	for _, id := range []string{"alice", "bob"} {
		a := b.accounts[id]
		fmt.Printf("%s %d %v\n", a.ID, a.Balance, a.History)
	}
}

/* OUTPUT:
<nil>
transfer failed: account bob: insufficient funds
true
account: bob
transfer: no account "carol"
alice 70 [+100 -30]
bob 30 [+30]
*/
