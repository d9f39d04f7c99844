package main

import "fmt"

type Transaction struct {
	Kind   string
	Amount float64
}

type Account struct {
	ID      int
	Owner   string
	balance float64
	history []Transaction
}

type Bank struct {
	accounts []*Account
	nextID   int
}

func (b *Bank) Open(owner string, initial float64) *Account {
	b.nextID++
	a := &Account{ID: b.nextID, Owner: owner}
	a.Deposit(initial)
	b.accounts = append(b.accounts, a)
	return a
}

func (b *Bank) Find(id int) *Account {
	for _, a := range b.accounts {
		if a.ID == id {
			return a
		}
	}
	return nil
}

func (a *Account) Deposit(x float64) {
	a.balance += x
	a.history = append(a.history, Transaction{"deposit", x})
}

func (a *Account) Withdraw(x float64) bool {
	if x > a.balance {
		a.history = append(a.history, Transaction{"refused", x})
		return false
	}
	a.balance -= x
	a.history = append(a.history, Transaction{"withdraw", x})
	return true
}

func (a Account) Balance() float64 {
	return a.balance
}

func (b *Bank) Total() float64 {
	t := 0.0
	for _, a := range b.accounts {
		t += a.Balance()
	}
	return t
}

func main() {
	var bank Bank
	alice := bank.Open("Alice", 500)
	bob := bank.Open("Bob", 50)
	alice.Withdraw(120.25)
	bob.Deposit(75.5)
	ok := bob.Withdraw(500)
	fmt.Println("bob withdraw 500:", ok)
	if acc := bank.Find(2); acc != nil {
		fmt.Printf("found #%d %s\n", acc.ID, acc.Owner)
	}
	fmt.Println(bank.Find(7) == nil)
	for _, a := range bank.accounts {
		fmt.Printf("%-6s %8.2f\n", a.Owner, a.Balance())
		for i, t := range a.history {
			fmt.Printf("   %d %-8s %7.2f\n", i+1, t.Kind, t.Amount)
		}
	}
	fmt.Printf("total: %.2f\n", bank.Total())
}
