package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

type Store struct {
	items map[string]*Item
	sales map[string]int
}

func NewStore() *Store {
	return &Store{items: make(map[string]*Item), sales: map[string]int{}}
}

func (s *Store) Add(name string, price float64, qty int) {
	if it, ok := s.items[name]; ok {
		it.Qty += qty
		return
	}
	s.items[name] = &Item{Name: name, Price: price, Qty: qty}
}

func (s *Store) Sell(name string, qty int) string {
	it, ok := s.items[name]
	if !ok {
		return "no such item: " + name
	}
	if it.Qty < qty {
		return fmt.Sprintf("only %d %s left", it.Qty, name)
	}
	it.Qty -= qty
	s.sales[name] += qty
	if it.Qty == 0 {
		delete(s.items, name)
	}
	return ""
}

func (s *Store) Report() {
	names := []string{}
	for n := range s.items {
		names = append(names, n)
	}
	sort.Strings(names)
	total := 0.0
	for _, n := range names {
		it := s.items[n]
		fmt.Printf("%-8s %3d x %6.2f\n", it.Name, it.Qty, it.Price)
		total += float64(it.Qty) * it.Price
	}
	fmt.Printf("stock value: %.2f\n", total)
}

func main() {
	s := NewStore()
	s.Add("apple", 0.5, 10)
	s.Add("pear", 0.75, 4)
	s.Add("melon", 3, 2)
	s.Add("apple", 0.5, 5)
	names := []string{"apple", "melon", "kiwi", "pear"}
	qtys := []int{3, 2, 1, 9}
	for i, n := range names {
		if msg := s.Sell(n, qtys[i]); msg != "" {
			fmt.Println("error:", msg)
		}
	}
	s.Report()
	fmt.Println("sales:", s.sales)
}
