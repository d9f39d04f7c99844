package main

import "fmt"

type Kind int

const (
	Deposit Kind = iota
	Withdraw
	Fee
)

func (k Kind) String() string {
	switch k {
	case Deposit:
		return "DEP"
	case Withdraw:
		return "WDR"
	case Fee:
		return "FEE"
	}
	return "???"
}

type Tx struct {
	Kind   Kind
	Amount float64
	Memo   string
}

type Account struct {
	Name    string
	balance float64
	history []Tx
}

func (a *Account) apply(t Tx) bool {
	switch t.Kind {
	case Deposit:
		a.balance += t.Amount
	case Withdraw, Fee:
		if a.balance < t.Amount {
			return false
		}
		a.balance -= t.Amount
	}
	a.history = append(a.history, t)
	return true
}

func (a Account) Statement() string {
	s := fmt.Sprintf("Statement for %s\n", a.Name)
	running := 0.0
	for i, t := range a.history {
		if t.Kind == Deposit {
			running += t.Amount
		} else {
			running -= t.Amount
		}
		s += fmt.Sprintf("%2d %v %8.2f %8.2f %s\n", i+1, t.Kind, t.Amount, running, t.Memo)
	}
	return s
}

func main() {
	acct := &Account{Name: "Dana"}
	txs := []Tx{
		{Deposit, 250, "paycheck"},
		{Withdraw, 40.5, "groceries"},
		{Fee, 2.25, "atm"},
		{Withdraw, 500, "rent"},
		{Deposit, 12.75, "refund"},
	}
	for _, t := range txs {
		if !acct.apply(t) {
			fmt.Printf("declined: %v %.2f (%s)\n", t.Kind, t.Amount, t.Memo)
		}
	}
	fmt.Print(acct.Statement())
	fmt.Printf("final %.2f after %d transactions\n", acct.balance, len(acct.history))
}
