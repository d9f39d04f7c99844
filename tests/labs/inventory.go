package main

import "fmt"

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func total(items []Item) float64 {
	t := 0.0
	for _, it := range items {
		t += it.Price * float64(it.Qty)
	}
	return t
}

func restock(items []Item, name string, n int) bool {
	for i := range items {
		if items[i].Name == name {
			items[i].Qty += n
			return true
		}
	}
	return false
}

func main() {
	inv := []Item{
		{Name: "pen", Price: 1.25, Qty: 10},
		{Name: "book", Price: 12.5, Qty: 2},
	}
	fmt.Println(restock(inv, "pen", 5), restock(inv, "lamp", 1))
	for _, it := range inv {
		fmt.Printf("%-6s x%2d  $%6.2f\n", it.Name, it.Qty, it.Price*float64(it.Qty))
	}
	fmt.Printf("total: $%.2f\n", total(inv))
}
