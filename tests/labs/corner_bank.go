// corner_bank: one of fifteen small programs on corners of what ml0c supports
// (session 9, gosmall), compared with go1.19: output and -m lines.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type InsufficientFunds struct {
	Need, Have int
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

type Account struct {
	Owner   string
	balance int
	history []string
}

func (a *Account) Deposit(n int) error {
	if n <= 0 {
		return errors.New("deposit must be positive")
	}
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("+%d", n))
	return nil
}

func (a *Account) Withdraw(n int) error {
	if n > a.balance {
		return &InsufficientFunds{n, a.balance}
	}
	a.balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return nil
}

func (a Account) Balance() int { return a.balance }

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) { l.head = &Node{v, l.head}; l.size++ }
func (l *List) String() string {
	s := "["
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			s += " -> "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

func main() {
	accts := map[string]*Account{}
	for _, name := range []string{"bob", "alice", "carol"} {
		accts[name] = &Account{Owner: name}
	}
	fmt.Println(accts["bob"].Deposit(100), accts["bob"].Deposit(-5))
	err := accts["bob"].Withdraw(250)
	var inf *InsufficientFunds
	if errors.As(err, &inf) {
		fmt.Println("as:", inf.Need-inf.Have, err)
	}
	fmt.Println(accts["bob"].Withdraw(30), accts["alice"].Deposit(7))
	names := make([]string, 0)
	for n := range accts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		a := accts[n]
		fmt.Printf("%-6s|%6d|%v\n", a.Owner, a.Balance(), a.history)
	}
	var l List
	for i := 1; i <= 4; i++ {
		l.PushFront(i * 10)
	}
	fmt.Println(l.String(), l.size)
	var empty List
	fmt.Println(empty.String(), empty.head == nil)
	fmt.Printf("%v %+v\n", *accts["carol"], Node{Val: 1})
}
