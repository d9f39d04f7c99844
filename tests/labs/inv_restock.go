package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name     string
	Qty      int
	Min      int
	Price    float64
	Supplier string
}

func lowStock(inv map[string]Item) []string {
	var out []string
	for sku, it := range inv {
		if it.Qty < it.Min {
			out = append(out, sku)
		}
	}
	sort.Strings(out)
	return out
}

func restock(inv map[string]Item, sku string, n int) {
	it, ok := inv[sku]
	if !ok {
		fmt.Println("unknown sku", sku)
		return
	}
	it.Qty += n
	inv[sku] = it
}

func value(inv map[string]Item) float64 {
	total := 0.0
	for _, it := range inv {
		total += float64(it.Qty) * it.Price
	}
	return total
}

func bySupplier(inv map[string]Item) map[string][]string {
	groups := map[string][]string{}
	for sku, it := range inv {
		groups[it.Supplier] = append(groups[it.Supplier], sku)
	}
	for _, v := range groups {
		sort.Strings(v)
	}
	return groups
}

func main() {
	inv := map[string]Item{
		"W-100": {"widget", 3, 10, 2.50, "acme"},
		"G-200": {"gadget", 25, 5, 11.00, "globex"},
		"S-300": {"sprocket", 0, 4, 0.75, "acme"},
		"D-400": {"doohickey", 7, 7, 4.20, "initech"},
	}
	fmt.Println("low:", lowStock(inv))
	for _, sku := range lowStock(inv) {
		restock(inv, sku, inv[sku].Min*2)
	}
	restock(inv, "X-999", 1)
	fmt.Println("low after:", lowStock(inv))
	fmt.Printf("value: %.2f\n", value(inv))
	g := bySupplier(inv)
	names := make([]string, 0, len(g))
	for s := range g {
		names = append(names, s)
	}
	sort.Strings(names)
	for _, s := range names {
		fmt.Println(s, g[s])
	}
	fmt.Println(inv)
}
