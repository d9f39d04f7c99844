// Intro course: a shopping cart: a map of products, a slice of line
// items, interfaces for discounts (a value type and a pointer type),
// sort.Slice by total, errors wrapped with %w and unwrapped, Sprintf
// padding, a method value passed as a func.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Product struct {
	Name  string
	Cents int
}

type Item struct {
	P   Product
	Qty int
}

func (it Item) Total() int { return it.P.Cents * it.Qty }

type Discount interface {
	Apply(cents int) int
	Name() string
}

type Percent int

func (p Percent) Apply(c int) int { return c - c*int(p)/100 }
func (p Percent) Name() string    { return fmt.Sprintf("%d%% off", int(p)) }

type Coupon struct {
	Code string
	Off  int
	used bool
}

func (c *Coupon) Apply(cents int) int {
	if c.used || cents < c.Off {
		return cents
	}
	c.used = true
	return cents - c.Off
}
func (c *Coupon) Name() string { return "coupon " + c.Code }

var ErrUnknown = errors.New("unknown product")

type Cart struct {
	items []Item
}

func (c *Cart) Add(catalog map[string]Product, name string, qty int) error {
	p, ok := catalog[name]
	if !ok {
		return fmt.Errorf("add %s: %w", name, ErrUnknown)
	}
	for i := range c.items {
		if c.items[i].P.Name == name {
			c.items[i].Qty += qty
			return nil
		}
	}
	c.items = append(c.items, Item{p, qty})
	return nil
}

func (c *Cart) Sum() int {
	s := 0
	for _, it := range c.items {
		s += it.Total()
	}
	return s
}

func money(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func apply(total int, ds ...Discount) int {
	for _, d := range ds {
		before := total
		total = d.Apply(total)
		fmt.Printf("  %-14s %9s -> %9s\n", d.Name(), money(before), money(total))
	}
	return total
}

func each(items []Item, f func(Item) int) []int {
	out := make([]int, len(items))
	for i, it := range items {
		out[i] = f(it)
	}
	return out
}

func main() {
	catalog := map[string]Product{
		"apple":  {"apple", 45},
		"bread":  {"bread", 299},
		"cheese": {"cheese", 725},
	}
	var cart Cart
	for _, n := range []string{"apple", "bread", "apple", "caviar", "cheese"} {
		if err := cart.Add(catalog, n, 2); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrUnknown), errors.Unwrap(err) == ErrUnknown)
		}
	}
	sort.Slice(cart.items, func(i, j int) bool { return cart.items[i].Total() > cart.items[j].Total() })
	for _, it := range cart.items {
		fmt.Printf("%-7s x%d %8s\n", it.P.Name, it.Qty, money(it.Total()))
	}
	fmt.Println(strings.Repeat("-", 24))
	c := &Coupon{Code: "WELCOME", Off: 500}
	total := apply(cart.Sum(), Percent(10), c, c)
	fmt.Println("total", money(total))
	totals := each(cart.items, Item.Total)
	fmt.Println(totals, len(totals))
	var d Discount = Percent(50)
	if p, ok := d.(Percent); ok {
		fmt.Println(p.Name(), p.Apply(1000))
	}
	f := d.Apply
	fmt.Println(f(200))
}

/* OUTPUT:
error: add caviar: unknown product true true
cheese  x2   $14.50
bread   x2    $5.98
apple   x4    $1.80
------------------------
  10% off           $22.28 ->    $20.06
  coupon WELCOME    $20.06 ->    $15.06
  coupon WELCOME    $15.06 ->    $15.06
total $15.06
[1450 598 180] 3
50% off 500
100
*/
