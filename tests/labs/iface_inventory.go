package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrNotFound = errors.New("item not found")
var ErrNotEnough = errors.New("not enough stock")

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (it Item) String() string {
	return fmt.Sprintf("%-8s $%6.2f x%d", it.Name, it.Price, it.Qty)
}

type Inventory struct {
	items map[string]*Item
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) Add(name string, price float64, qty int) {
	if it, ok := inv.items[name]; ok {
		it.Qty += qty
		return
	}
	inv.items[name] = &Item{name, price, qty}
}

func (inv *Inventory) Remove(name string, qty int) error {
	it, ok := inv.items[name]
	if !ok {
		return fmt.Errorf("remove %s: %w", name, ErrNotFound)
	}
	if it.Qty < qty {
		return fmt.Errorf("remove %d %s (have %d): %w", qty, name, it.Qty, ErrNotEnough)
	}
	it.Qty -= qty
	if it.Qty == 0 {
		delete(inv.items, name)
	}
	return nil
}

func (inv *Inventory) Total() float64 {
	total := 0.0
	for _, it := range inv.items {
		total += it.Price * float64(it.Qty)
	}
	return total
}

func (inv *Inventory) Print() {
	names := make([]string, 0, len(inv.items))
	for name := range inv.items {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Println(*inv.items[name])
	}
	fmt.Printf("total: $%.2f\n", inv.Total())
}

func main() {
	inv := NewInventory()
	inv.Add("apple", 0.5, 10)
	inv.Add("pear", 0.75, 4)
	inv.Add("melon", 3.2, 2)
	inv.Add("apple", 0.5, 5)
	inv.Print()

	orders := []struct {
		name string
		qty  int
	}{{"apple", 3}, {"kiwi", 1}, {"melon", 5}, {"pear", 4}}
	for _, o := range orders {
		err := inv.Remove(o.name, o.qty)
		switch {
		case err == nil:
			fmt.Println("ok:", o.name, o.qty)
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		case errors.Is(err, ErrNotEnough):
			fmt.Println("short:", err)
		default:
			fmt.Println("unexpected:", err)
		}
	}
	inv.Print()
}
