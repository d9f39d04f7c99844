package main

import (
	"fmt"
	"os"
	"strings"
)

// Cents is an amount of money; it prints itself as dollars.
type Cents int

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, int(c)/100, int(c)%100)
}

type Item struct {
	Name  string
	Qty   int
	Price Cents
}

func (it Item) Total() Cents {
	return Cents(it.Qty) * it.Price
}

func (it Item) String() string {
	return fmt.Sprintf("%dx %s @ %v", it.Qty, it.Name, it.Price)
}

type Receipt struct {
	Store string
	Items []Item
}

func (r *Receipt) Total() Cents {
	var t Cents
	for _, it := range r.Items {
		t += it.Total()
	}
	return t
}

func (r *Receipt) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "== %s ==\n", r.Store)
	for _, it := range r.Items {
		fmt.Fprintf(&sb, "%-22s %8s\n", it, it.Total())
	}
	fmt.Fprintf(&sb, "%-22s %8v\n", "TOTAL", r.Total())
	return sb.String()
}

func main() {
	r := &Receipt{Store: "Corner Shop"}
	r.Items = append(r.Items, Item{"apple", 3, 45})
	r.Items = append(r.Items, Item{"bread", 1, 299})
	r.Items = append(r.Items, Item{"coupon", 1, -100})
	fmt.Print(r)
	fmt.Println(r.Items[0], r.Items[1].Price, Cents(5))
	fmt.Printf("%v|%s|%d|%q\n", Cents(1234), Cents(1234), Cents(1234), Cents(7))
	fmt.Fprintln(os.Stdout, []Cents{1, 20, 300})
	fmt.Printf("%+v\n", r.Items[2])
	var empty *Receipt
	fmt.Println(empty)
}
