package main

import "fmt"

type State int

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfStock
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasMoney:
		return "HasMoney"
	case Dispensing:
		return "Dispensing"
	case OutOfStock:
		return "OutOfStock"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Machine struct {
	state   State
	credit  int
	stock   int
	price   int
	revenue int
}

func (m *Machine) Insert(coins int) {
	switch m.state {
	case Idle, HasMoney:
		m.credit += coins
		m.state = HasMoney
		fmt.Printf("inserted %d, credit %d\n", coins, m.credit)
	case OutOfStock:
		fmt.Printf("out of stock, returning %d\n", coins)
	default:
		fmt.Println("busy")
	}
}

func (m *Machine) Select() {
	if m.state != HasMoney {
		fmt.Println("insert money first (state:", m.state, ")")
		return
	}
	if m.credit < m.price {
		fmt.Printf("need %d more\n", m.price-m.credit)
		return
	}
	m.state = Dispensing
	m.credit -= m.price
	m.revenue += m.price
	m.stock--
	fmt.Println("dispensing... state is", m.state)
	if m.credit > 0 {
		fmt.Println("change:", m.credit)
		m.credit = 0
	}
	if m.stock == 0 {
		m.state = OutOfStock
	} else {
		m.state = Idle
	}
}

func main() {
	m := Machine{stock: 2, price: 75}
	fmt.Println("start:", m.state)
	m.Select()
	m.Insert(25)
	m.Select()
	m.Insert(25)
	m.Insert(50)
	m.Select()
	m.Insert(100)
	m.Select()
	m.Insert(25)
	fmt.Printf("final state %v, revenue %d, stock %d\n", m.state, m.revenue, m.stock)
	fmt.Println(State(9))
	fmt.Printf("%d %v %s\n", HasMoney, HasMoney, Dispensing)
}
