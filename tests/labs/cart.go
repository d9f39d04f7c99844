package main

import "fmt"

type Item struct {
	Name  string
	Price float64
}

func (i Item) Describe() string {
	return fmt.Sprintf("%s ($%.2f)", i.Name, i.Price)
}

type Discounted struct {
	Item
	Percent float64
}

func (d Discounted) FinalPrice() float64 {
	return d.Price * (1 - d.Percent/100)
}

type Line struct {
	Discounted
	Qty int
}

type Cart struct {
	Lines []Line
	Owner string
}

func (c *Cart) Add(name string, price float64, qty int, discount float64) {
	c.Lines = append(c.Lines, Line{Discounted{Item{name, price}, discount}, qty})
}

func (c Cart) Total() float64 {
	total := 0.0
	for _, l := range c.Lines {
		total += l.FinalPrice() * float64(l.Qty)
	}
	return total
}

func main() {
	cart := Cart{Owner: "ana"}
	cart.Add("notebook", 3.5, 4, 0)
	cart.Add("pen", 1.25, 10, 20)
	cart.Add("backpack", 45, 1, 15)
	fmt.Println("cart of", cart.Owner)
	for i, l := range cart.Lines {
		fmt.Printf("%d. %-20s x%-3d %7.2f\n", i+1, l.Describe(), l.Qty, l.FinalPrice()*float64(l.Qty))
	}
	fmt.Printf("total: %.2f\n", cart.Total())
	first := cart.Lines[0]
	first.Name = "sketchbook"
	fmt.Println(first.Item.Name, cart.Lines[0].Name)
	fmt.Printf("%v\n", cart.Lines[1])
	fmt.Printf("%+v\n", cart.Lines[2].Item)
}
