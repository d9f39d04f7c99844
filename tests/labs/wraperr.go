package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrInsufficient = errors.New("insufficient funds")

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

var balances = map[string]int{"alice": 100, "bob": 20}

func lookup(name string) (int, error) {
	b, ok := balances[name]
	if !ok {
		return 0, fmt.Errorf("lookup %q: %w", name, ErrNotFound)
	}
	return b, nil
}

func withdraw(name string, amount int) error {
	if amount <= 0 {
		return &ValidationError{"amount", amount}
	}
	b, err := lookup(name)
	if err != nil {
		return fmt.Errorf("withdraw: %w", err)
	}
	if b < amount {
		return fmt.Errorf("withdraw %d from %s: %w", amount, name, ErrInsufficient)
	}
	balances[name] = b - amount
	return nil
}

func parseAmount(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("bad amount %q", s)
	}
	return n, nil
}

func main() {
	requests := []struct {
		who    string
		amount string
	}{
		{"alice", "30"},
		{"bob", "50"},
		{"carol", "10"},
		{"alice", "-5"},
		{"bob", "twelve"},
		{"alice", "70"},
	}
	for _, r := range requests {
		amt, err := parseAmount(r.amount)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		err = withdraw(r.who, amt)
		var ve *ValidationError
		switch {
		case err == nil:
			fmt.Printf("ok: %s now has %d\n", r.who, balances[r.who])
		case errors.Is(err, ErrNotFound):
			fmt.Println("no such account:", err)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("declined:", err)
		case errors.As(err, &ve):
			fmt.Println("validation failed on field", ve.Field, "->", err)
		default:
			fmt.Println("unexpected:", err)
		}
	}
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrNotFound))
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped))
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Is(wrapped, ErrInsufficient))
}
