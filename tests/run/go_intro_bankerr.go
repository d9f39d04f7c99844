// A bank with custom error types as an intro course writes them: a
// struct error with fields, errors.As to get it back, wrapping with %w,
// errors.Is against sentinel errors, and amounts parsed with strconv
// whose *strconv.NumError is inspected.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrFrozen = errors.New("account frozen")

type InsufficientFunds struct {
	Need, Have int
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

type Account struct {
	Owner   string
	Balance int
	Frozen  bool
}

func (a *Account) Withdraw(amount int) error {
	if a.Frozen {
		return fmt.Errorf("withdraw from %s: %w", a.Owner, ErrFrozen)
	}
	if amount > a.Balance {
		return fmt.Errorf("withdraw %d: %w", amount, &InsufficientFunds{amount, a.Balance})
	}
	a.Balance -= amount
	return nil
}

func parseAmount(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			if ne.Err == strconv.ErrRange {
				return 0, fmt.Errorf("amount %q is too large", ne.Num)
			}
			return 0, fmt.Errorf("amount %q is not a number (%s)", ne.Num, ne.Func)
		}
		return 0, err
	}
	if n <= 0 {
		return 0, errors.New("amount must be positive")
	}
	return n, nil
}

func main() {
	acct := &Account{Owner: "ana", Balance: 100}
	requests := []string{"30", "abc", "500", "-4", "99999999999999999999", "70", "1"}
	for _, req := range requests {
		amount, err := parseAmount(req)
		if err != nil {
			fmt.Println("bad request:", err)
			continue
		}
		err = acct.Withdraw(amount)
		var insuf *InsufficientFunds
		switch {
		case err == nil:
			fmt.Printf("withdrew %d, balance %d\n", amount, acct.Balance)
		case errors.As(err, &insuf):
			fmt.Printf("refused (%v): short by %d\n", err, insuf.Need-insuf.Have)
		default:
			fmt.Println("error:", err)
		}
	}
	acct.Frozen = true
	err := acct.Withdraw(1)
	fmt.Println(err, errors.Is(err, ErrFrozen), errors.Unwrap(err) == ErrFrozen)
	_, err = strconv.ParseFloat("1.5x", 64)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
	}
}

/* OUTPUT:
withdrew 30, balance 70
bad request: amount "abc" is not a number (Atoi)
refused (withdraw 500: insufficient funds: need 500, have 70): short by 430
bad request: amount must be positive
bad request: amount "99999999999999999999" is too large
withdrew 70, balance 0
refused (withdraw 1: insufficient funds: need 1, have 0): short by 1
withdraw from ana: account frozen true true
ParseFloat 1.5x invalid syntax true
*/
