package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrUnknown  = errors.New("unknown product")
	ErrNoStock  = errors.New("out of stock")
	ErrBadCount = errors.New("bad quantity")
)

type Product struct {
	Name  string
	Stock int
	Cents int
}

type Line struct {
	Product string
	Count   int
}

type Store struct {
	products map[string]*Product
	revenue  int
}

func (s *Store) Order(lines []Line) (int, error) {
	total := 0
	for _, l := range lines {
		if l.Count <= 0 {
			return 0, fmt.Errorf("line %q: %w", l.Product, ErrBadCount)
		}
		p, ok := s.products[l.Product]
		if !ok {
			return 0, fmt.Errorf("line %q: %w", l.Product, ErrUnknown)
		}
		if p.Stock < l.Count {
			return 0, fmt.Errorf("line %q wants %d, has %d: %w", l.Product, l.Count, p.Stock, ErrNoStock)
		}
	}
	for _, l := range lines {
		p := s.products[l.Product]
		p.Stock -= l.Count
		total += p.Cents * l.Count
	}
	s.revenue += total
	return total, nil
}

func cents(c int) string {
	return fmt.Sprintf("$%d.%02d", c/100, c%100)
}

func main() {
	s := &Store{products: map[string]*Product{
		"apple":  {"apple", 10, 45},
		"bread":  {"bread", 2, 299},
		"cheese": {"cheese", 1, 650},
	}}
	orders := [][]Line{
		{{"apple", 3}, {"bread", 1}},
		{{"cheese", 2}},
		{{"milk", 1}},
		{{"apple", 0}},
		{{"bread", 1}, {"cheese", 1}, {"apple", 7}},
		{{"apple", 1}},
	}
	for i, o := range orders {
		t, err := s.Order(o)
		switch {
		case errors.Is(err, ErrNoStock):
			fmt.Println(i, "stock problem:", err)
		case err != nil:
			fmt.Println(i, "rejected:", err)
		default:
			fmt.Println(i, "charged", cents(t))
		}
	}
	var b strings.Builder
	for _, k := range []string{"apple", "bread", "cheese"} {
		fmt.Fprintf(&b, "%s=%d ", k, s.products[k].Stock)
	}
	fmt.Println(strings.TrimSpace(b.String()))
	fmt.Println("revenue", cents(s.revenue))
}
