// Intro course: a small inventory with structs, pointers in maps,
// methods on named slice types, variadic functions and constants.
package main

import (
	"fmt"
	"sort"
)

type Category int

const (
	Food Category = iota
	Tool
	Toy
)

func (c Category) String() string {
	switch c {
	case Food:
		return "food"
	case Tool:
		return "tool"
	}
	return fmt.Sprintf("Category(%d)", int(c))
}

type Item struct {
	Name  string
	Price float64
	Qty   int
	Cat   Category
}

type Items []Item

func (it Items) Total() float64 {
	t := 0.0
	for _, i := range it {
		t += i.Price * float64(i.Qty)
	}
	return t
}

func (it Items) ByCategory() map[Category][]string {
	m := make(map[Category][]string)
	for _, i := range it {
		m[i.Cat] = append(m[i.Cat], i.Name)
	}
	return m
}

func sum(nums ...int) int {
	s := 0
	for _, n := range nums {
		s += n
	}
	return s
}

func main() {
	inv := Items{
		{"apple", 0.5, 10, Food},
		{"hammer", 12.99, 1, Tool},
		{"yoyo", 3.25, 2, Toy},
		{"bread", 2.10, 3, Food},
	}
	fmt.Printf("total: $%.2f\n", inv.Total())
	byCat := inv.ByCategory()
	cats := []Category{}
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool { return cats[i] < cats[j] })
	for _, c := range cats {
		fmt.Println(c, byCat[c])
	}
	stock := map[string]*Item{}
	for i := range inv {
		stock[inv[i].Name] = &inv[i]
	}
	stock["apple"].Qty -= 4
	fmt.Println(inv[0].Qty, sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	fmt.Printf("%v|%+v\n", inv[2], inv[1])
	fmt.Println(Toy, Category(7))
}

/* OUTPUT:
total: $30.79
food [apple bread]
tool [hammer]
Category(2) [yoyo]
6 0 6 9
{yoyo 3.25 2 Category(2)}|{Name:hammer Price:12.99 Qty:1 Cat:tool}
Category(2) Category(7)
*/
