package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{ name string }
type Cat struct{ name string }
type Cow struct {
	name  string
	spots int
}

func (d Dog) Sound() string  { return "woof" }
func (d Dog) Name() string   { return d.name }
func (c *Cat) Sound() string { return "meow" }
func (c *Cat) Name() string  { return c.name }
func (c Cow) Sound() string  { return "moo" }
func (c Cow) Name() string   { return fmt.Sprintf("%s (%d spots)", c.name, c.spots) }

func chorus(animals []Animal) {
	for _, a := range animals {
		fmt.Printf("%s says %s\n", a.Name(), a.Sound())
	}
}

func count(animals []Animal) (dogs, cats, others int) {
	for _, a := range animals {
		switch a.(type) {
		case Dog:
			dogs++
		case *Cat:
			cats++
		default:
			others++
		}
	}
	return
}

func main() {
	farm := []Animal{Dog{"Rex"}, &Cat{"Tom"}, Cow{"Bessie", 12}, Dog{"Fido"}}
	chorus(farm)
	d, c, o := count(farm)
	fmt.Println("dogs:", d, "cats:", c, "others:", o)
}
