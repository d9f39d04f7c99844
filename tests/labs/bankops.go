package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	Balance int
	History []string
}

func (a *Account) Deposit(n int) error {
	if n <= 0 {
		return fmt.Errorf("invalid deposit %d", n)
	}
	a.Balance += n
	a.History = append(a.History, "+"+strconv.Itoa(n))
	return nil
}

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return ErrInsufficient
	}
	a.Balance -= n
	a.History = append(a.History, "-"+strconv.Itoa(n))
	return nil
}

func run(a *Account, cmd string) (string, error) {
	fields := strings.Fields(cmd)
	if len(fields) != 2 {
		return "", errors.New("usage: op amount")
	}
	n, err := strconv.Atoi(fields[1])
	if err != nil {
		return "", err
	}
	ops := map[string]func(int) error{
		"dep": a.Deposit,
		"wd":  a.Withdraw,
	}
	op, ok := ops[fields[0]]
	if !ok {
		return "", fmt.Errorf("unknown op %s", fields[0])
	}
	if err := op(n); err != nil {
		return "", err
	}
	return fmt.Sprintf("%s ok, balance %d", fields[0], a.Balance), nil
}

func main() {
	acct := &Account{Owner: "ann"}
	cmds := []string{"dep 100", "wd 30", "wd 500", "dep -5", "dep ten", "fly 3", "wd", "dep 7"}
	for _, c := range cmds {
		msg, err := run(acct, c)
		if errors.Is(err, ErrInsufficient) {
			fmt.Println(c, "=> declined:", err)
		} else if err != nil {
			fmt.Println(c, "=> error:", err)
		} else {
			fmt.Println(c, "=>", msg)
		}
	}
	fmt.Println(acct.Owner, acct.Balance, strings.Join(acct.History, " "))
}
