package main

import "fmt"

type Payable interface {
	Pay() float64
}

type Salaried struct {
	Name   string
	Annual float64
}

type Hourly struct {
	Name  string
	Rate  float64
	Hours float64
}

type Contractor struct {
	Name     string
	Invoices []float64
}

func (s Salaried) Pay() float64 { return s.Annual / 12 }

func (h Hourly) Pay() float64 {
	if h.Hours > 160 {
		return 160*h.Rate + (h.Hours-160)*h.Rate*1.5
	}
	return h.Hours * h.Rate
}

func (c *Contractor) Pay() float64 {
	total := 0.0
	for _, inv := range c.Invoices {
		total += inv
	}
	c.Invoices = nil
	return total
}

func name(p Payable) string {
	switch e := p.(type) {
	case Salaried:
		return e.Name
	case Hourly:
		return e.Name
	case *Contractor:
		return e.Name + " (contractor)"
	}
	return "?"
}

func main() {
	staff := []Payable{
		Salaried{"Alice", 60000},
		Hourly{"Bob", 20, 170},
		&Contractor{"Carol", []float64{1200, 800.5}},
		Hourly{"Dan", 18.5, 100},
	}
	totals := map[string]float64{}
	for month := 1; month <= 2; month++ {
		fmt.Println("month", month)
		for _, p := range staff {
			amount := p.Pay()
			totals[name(p)] += amount
			fmt.Printf("  %-20s %9.2f\n", name(p), amount)
		}
	}
	sum := 0.0
	for _, t := range totals {
		sum += t
	}
	fmt.Printf("paid in total: %.2f to %d people\n", sum, len(totals))
	var biggest Payable
	best := -1.0
	for _, p := range staff {
		if h, ok := p.(Hourly); ok && h.Hours > best {
			best = h.Hours
			biggest = h
		}
	}
	fmt.Println("most hours:", name(biggest), best)
}
