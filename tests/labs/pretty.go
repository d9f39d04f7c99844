package main

import (
	"fmt"
	"strings"
)

// a tiny JSON-like pretty printer for nested values
type Address struct {
	Street string
	City   string
	Zip    int
}

type Person struct {
	Name    string
	Age     int
	Emails  []string
	Home    Address
	Scores  map[string]int
	Manager *Person
}

func indent(n int) string {
	return strings.Repeat("  ", n)
}

func printAddress(a Address, depth int) {
	fmt.Println("{")
	fmt.Printf("%s\"street\": %q,\n", indent(depth+1), a.Street)
	fmt.Printf("%s\"city\": %q,\n", indent(depth+1), a.City)
	fmt.Printf("%s\"zip\": %d\n", indent(depth+1), a.Zip)
	fmt.Print(indent(depth), "}")
}

func printPerson(p *Person, depth int) {
	if p == nil {
		fmt.Print("null")
		return
	}
	in := indent(depth + 1)
	fmt.Println("{")
	fmt.Printf("%s\"name\": %q,\n", in, p.Name)
	fmt.Printf("%s\"age\": %d,\n", in, p.Age)
	fmt.Printf("%s\"emails\": [", in)
	for i, e := range p.Emails {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Printf("%q", e)
	}
	fmt.Println("],")
	fmt.Printf("%s\"home\": ", in)
	printAddress(p.Home, depth+1)
	fmt.Println(",")
	fmt.Printf("%s\"scores\": {", in)
	keys := []string{"go", "math", "art"}
	first := true
	for _, k := range keys {
		v, ok := p.Scores[k]
		if !ok {
			continue
		}
		if !first {
			fmt.Print(", ")
		}
		first = false
		fmt.Printf("%q: %d", k, v)
	}
	fmt.Println("},")
	fmt.Printf("%s\"manager\": ", in)
	printPerson(p.Manager, depth+1)
	fmt.Println()
	fmt.Print(indent(depth), "}")
}

func main() {
	boss := &Person{
		Name:   "Grace",
		Age:    52,
		Emails: []string{"grace@example.com"},
		Home:   Address{"1 Main St", "Arlington", 22201},
		Scores: map[string]int{"math": 99},
	}
	dev := &Person{
		Name:    "Linus \"the kid\"",
		Age:     21,
		Emails:  []string{"l@example.com", "linus@uni.edu"},
		Home:    Address{Street: "Dorm 4", City: "Helsinki"},
		Scores:  map[string]int{"go": 87, "art": 60},
		Manager: boss,
	}
	printPerson(dev, 0)
	fmt.Println()
}
