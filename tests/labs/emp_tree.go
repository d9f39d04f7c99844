package main

import (
	"fmt"
	"strings"
)

type Employee struct {
	Name    string
	Title   string
	Salary  int
	Reports []*Employee
	Boss    *Employee
}

func (e *Employee) Hire(name, title string, salary int) *Employee {
	r := &Employee{Name: name, Title: title, Salary: salary, Boss: e}
	e.Reports = append(e.Reports, r)
	return r
}

func (e *Employee) Cost() int {
	total := e.Salary
	for _, r := range e.Reports {
		total += r.Cost()
	}
	return total
}

func (e *Employee) Print(depth int) {
	fmt.Printf("%s%s (%s) %d\n", strings.Repeat("  ", depth), e.Name, e.Title, e.Salary)
	for _, r := range e.Reports {
		r.Print(depth + 1)
	}
}

func (e *Employee) Chain() []string {
	var names []string
	for p := e; p != nil; p = p.Boss {
		names = append(names, p.Name)
	}
	return names
}

func find(e *Employee, name string) *Employee {
	if e.Name == name {
		return e
	}
	for _, r := range e.Reports {
		if f := find(r, name); f != nil {
			return f
		}
	}
	return nil
}

func raise(e *Employee, pct int) {
	e.Salary += e.Salary * pct / 100
	for _, r := range e.Reports {
		raise(r, pct)
	}
}

func main() {
	ceo := &Employee{Name: "Ada", Title: "CEO", Salary: 300}
	cto := ceo.Hire("Bob", "CTO", 200)
	cfo := ceo.Hire("Cid", "CFO", 190)
	cto.Hire("Dan", "Engineer", 120)
	eve := cto.Hire("Eve", "Engineer", 125)
	eve.Hire("Fay", "Intern", 40)
	cfo.Hire("Gus", "Accountant", 90)
	ceo.Print(0)
	fmt.Println("total", ceo.Cost(), "eng", cto.Cost())
	if f := find(ceo, "Fay"); f != nil {
		fmt.Println(strings.Join(f.Chain(), " <- "))
	}
	fmt.Println(find(ceo, "Zed") == nil)
	raise(cto, 10)
	fmt.Println("after raise", ceo.Cost(), eve.Salary)
}
