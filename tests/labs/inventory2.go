package main

import (
	"fmt"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Price    float64
	Quantity int
}

type Inventory struct {
	items []Item
}

func (inv *Inventory) Add(it Item) {
	for i := range inv.items {
		if inv.items[i].SKU == it.SKU {
			inv.items[i].Quantity += it.Quantity
			return
		}
	}
	inv.items = append(inv.items, it)
}

func (inv *Inventory) Remove(sku string, n int) (int, bool) {
	for i := range inv.items {
		it := &inv.items[i]
		if it.SKU == sku {
			if it.Quantity < n {
				return it.Quantity, false
			}
			it.Quantity -= n
			return it.Quantity, true
		}
	}
	return 0, false
}

func (inv Inventory) Value() float64 {
	total := 0.0
	for _, it := range inv.items {
		total += it.Price * float64(it.Quantity)
	}
	return total
}

func (inv Inventory) LowStock(limit int) []string {
	var names []string
	for _, it := range inv.items {
		if it.Quantity < limit {
			names = append(names, it.Name)
		}
	}
	return names
}

func (inv Inventory) Report() {
	fmt.Printf("%-6s %-12s %8s %5s\n", "SKU", "NAME", "PRICE", "QTY")
	fmt.Println(strings.Repeat("-", 34))
	for _, it := range inv.items {
		fmt.Printf("%-6s %-12s %8.2f %5d\n", it.SKU, it.Name, it.Price, it.Quantity)
	}
}

func main() {
	inv := &Inventory{}
	inv.Add(Item{"A100", "Widget", 2.5, 40})
	inv.Add(Item{"B200", "Gadget", 13.99, 5})
	inv.Add(Item{"C300", "Doohickey", 0.75, 120})
	inv.Add(Item{"A100", "Widget", 2.5, 10})
	left, ok := inv.Remove("B200", 3)
	fmt.Println(left, ok)
	left, ok = inv.Remove("B200", 3)
	fmt.Println(left, ok)
	_, ok = inv.Remove("Z999", 1)
	fmt.Println(ok)
	inv.Report()
	fmt.Printf("value: $%.2f\n", inv.Value())
	fmt.Println("low stock:", strings.Join(inv.LowStock(10), ", "))
}
