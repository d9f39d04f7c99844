package main

import (
	"fmt"
	"strings"
)

type LineItem struct {
	SKU   string
	Price int
	Qty   int
}

type Cart struct {
	Items []LineItem
}

func (c *Cart) Add(sku string, price, qty int) {
	for i := range c.Items {
		if c.Items[i].SKU == sku {
			c.Items[i].Qty += qty
			return
		}
	}
	c.Items = append(c.Items, LineItem{sku, price, qty})
}

func (c Cart) Subtotal() int {
	t := 0
	for _, it := range c.Items {
		t += it.Price * it.Qty
	}
	return t
}

type Discount interface {
	Apply(c Cart) int
	Describe() string
}

type base struct{ label string }

func (b base) Describe() string { return b.label }

type Percent struct {
	base
	Pct int
}

func (p Percent) Apply(c Cart) int { return c.Subtotal() * p.Pct / 100 }

type BuyXGetY struct {
	base
	SKU  string
	X, Y int
}

func (b BuyXGetY) Apply(c Cart) int {
	for _, it := range c.Items {
		if it.SKU == b.SKU {
			free := it.Qty / (b.X + b.Y) * b.Y
			return free * it.Price
		}
	}
	return 0
}

type Threshold struct {
	*base
	Min, Off int
}

func (t *Threshold) Apply(c Cart) int {
	if c.Subtotal() >= t.Min {
		return t.Off
	}
	return 0
}

func checkout(c Cart, ds []Discount) string {
	var sb strings.Builder
	sub := c.Subtotal()
	fmt.Fprintf(&sb, "subtotal %7.2f\n", float64(sub)/100)
	total := sub
	for _, d := range ds {
		if off := d.Apply(c); off > 0 {
			total -= off
			fmt.Fprintf(&sb, "  %-18s -%6.2f\n", d.Describe(), float64(off)/100)
		}
	}
	if total < 0 {
		total = 0
	}
	fmt.Fprintf(&sb, "total    %7.2f", float64(total)/100)
	return sb.String()
}

func main() {
	var c Cart
	c.Add("apple", 50, 3)
	c.Add("soap", 299, 1)
	c.Add("apple", 50, 4)
	c.Add("bread", 350, 2)
	ds := []Discount{
		Percent{base{"10% off"}, 10},
		BuyXGetY{base{"apples 3 for 2"}, "apple", 2, 1},
		&Threshold{&base{"$5 off over $15"}, 1500, 500},
	}
	fmt.Println(checkout(c, ds))
	fmt.Println(checkout(Cart{}, ds))
	small := Cart{Items: c.Items[:1]}
	small.Items[0].Qty = 1
	fmt.Println(checkout(small, ds[1:]))
	fmt.Println(c.Items[0], len(c.Items))
}
