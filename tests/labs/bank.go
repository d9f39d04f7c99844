package main

import "fmt"

type Account struct {
	Owner   string
	Balance float64
}

func (a *Account) Deposit(amount float64) {
	a.Balance += amount
}

func (a *Account) Withdraw(amount float64) bool {
	if amount > a.Balance {
		return false
	}
	a.Balance -= amount
	return true
}

func transfer(from, to *Account, amount float64) bool {
	if !from.Withdraw(amount) {
		return false
	}
	to.Deposit(amount)
	return true
}

func main() {
	alice := &Account{Owner: "Alice", Balance: 100}
	bob := &Account{Owner: "Bob"}
	bob.Deposit(25.5)
	fmt.Println(transfer(alice, bob, 40))
	fmt.Println(transfer(bob, alice, 1000))
	fmt.Printf("%s has %.2f\n", alice.Owner, alice.Balance)
	fmt.Printf("%s has %.2f\n", bob.Owner, bob.Balance)
}
