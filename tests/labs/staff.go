package main

import "fmt"

type Person struct {
	First, Last string
	Age         int
}

func (p Person) FullName() string {
	return p.First + " " + p.Last
}

func (p *Person) Birthday() {
	p.Age++
}

type Employee struct {
	Person
	ID     int
	Salary float64
}

func (e Employee) Describe() string {
	return fmt.Sprintf("#%d %s (%d) earns %.0f", e.ID, e.FullName(), e.Age, e.Salary)
}

func (e *Employee) Raise(pct float64) {
	e.Salary *= 1 + pct/100
}

type Manager struct {
	Employee
	Reports []*Employee
}

func (m *Manager) AddReport(e *Employee) {
	m.Reports = append(m.Reports, e)
}

func (m Manager) TeamPayroll() float64 {
	total := m.Salary
	for _, r := range m.Reports {
		total += r.Salary
	}
	return total
}

func main() {
	alice := &Employee{Person{"Alice", "Smith", 30}, 1, 50000}
	bob := &Employee{Person: Person{First: "Bob", Last: "Jones", Age: 25}, ID: 2, Salary: 42000}
	boss := Manager{Employee: Employee{Person{"Carol", "White", 45}, 3, 90000}}
	boss.AddReport(alice)
	boss.AddReport(bob)

	fmt.Println(alice.Describe())
	fmt.Println(bob.FullName(), bob.Person.Age)
	bob.Birthday()
	bob.Raise(10)
	fmt.Println(bob.Describe())
	fmt.Println(boss.Describe())
	fmt.Println("manager first name:", boss.First, "ID:", boss.ID)
	boss.Birthday()
	fmt.Println("boss age now", boss.Age)
	fmt.Printf("team payroll: %.2f\n", boss.TeamPayroll())
	for i, r := range boss.Reports {
		fmt.Printf("%d. %s\n", i+1, r.FullName())
	}
	fmt.Printf("%+v\n", bob.Person)
	fmt.Printf("%v\n", *alice)
}
