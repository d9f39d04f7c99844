package main

import "fmt"

type State int

const (
	Idle State = iota
	HasCoins
	Dispensing
	OutOfOrder
)

var stateNames = map[State]string{Idle: "idle", HasCoins: "has-coins", Dispensing: "dispensing", OutOfOrder: "out-of-order"}

func (s State) String() string {
	if n, ok := stateNames[s]; ok {
		return n
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event struct {
	Kind string
	Arg  int
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	history []State
}

func (m *Machine) set(s State) {
	m.history = append(m.history, m.state)
	m.state = s
}

func (m *Machine) Handle(e Event, item string) string {
	switch m.state {
	case OutOfOrder:
		return "ignored"
	case Idle, HasCoins:
		switch e.Kind {
		case "coin":
			m.credit += e.Arg
			m.set(HasCoins)
			return fmt.Sprintf("credit %d", m.credit)
		case "select":
			p, ok := m.prices[item]
			if !ok {
				return "no such item " + item
			}
			if m.stock[item] == 0 {
				return item + " sold out"
			}
			if m.credit < p {
				return fmt.Sprintf("need %d more", p-m.credit)
			}
			m.set(Dispensing)
			m.stock[item]--
			m.credit -= p
			change := m.credit
			m.credit = 0
			m.set(Idle)
			return fmt.Sprintf("dispensed %s, change %d", item, change)
		case "refund":
			c := m.credit
			m.credit = 0
			m.set(Idle)
			return fmt.Sprintf("refunded %d", c)
		case "kick":
			m.set(OutOfOrder)
			return "broken!"
		}
	}
	return fmt.Sprintf("bad event %q in %v", e.Kind, m.state)
}

func main() {
	m := &Machine{
		stock:  map[string]int{"cola": 1, "chips": 5},
		prices: map[string]int{"cola": 125, "chips": 75},
	}
	script := []struct {
		e    Event
		item string
	}{
		{Event{"select", 0}, "cola"},
		{Event{"coin", 100}, ""},
		{Event{"select", 0}, "cola"},
		{Event{"coin", 50}, ""},
		{Event{"select", 0}, "cola"},
		{Event{"coin", 100}, ""},
		{Event{"select", 0}, "cola"},
		{Event{"select", 0}, "tea"},
		{Event{"refund", 0}, ""},
		{Event{"dance", 0}, ""},
		{Event{"kick", 0}, ""},
		{Event{"coin", 25}, ""},
	}
	for i, s := range script {
		fmt.Printf("%2d %-10v %s\n", i, m.state, m.Handle(s.e, s.item))
	}
	fmt.Println(m.history, State(9), m.stock)
}
