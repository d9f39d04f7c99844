// corner_flow: one of fifteen small programs on corners of what ml0c supports
// (session 9, gosmall), compared with go1.19: output and -m lines.
package main

import (
	"errors"
	"fmt"
)

type Animal struct{ Name string }

func (a Animal) Speak() string   { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Dog
	calls int
}

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q, r = a/b, a%b
	return
}

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func grade(s int) (g string) {
	switch x := s / 10; x {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
		fallthrough
	case 7:
		g += "C"
	default:
		g = "F"
	}
	return
}

func main() {
	for _, p := range [][2]int{{7, 2}, {9, 0}, {-7, 2}} {
		q, r, err := divmod(p[0], p[1])
		fmt.Println(q, r, err)
	}
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println(grade(95), grade(85), grade(72), grade(30), grade(100))
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 3 {
		fmt.Print("g", i)
		i++
		goto loop
	}
	fmt.Println()
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Speak(), "|", d.Animal.Speak())
	d.Rename("Max")
	fmt.Println(d.Name, d)
	s := Service{&Logger{"> "}, d, 0}
	s.Log("hello " + s.Name)
	speak := d.Speak
	d.Name = "Changed"
	fmt.Println(speak(), d.Speak())
	f := Dog.Speak
	g := (*Animal).Rename
	g(&d.Animal, "Via expr")
	fmt.Println(f(d))
	log := s.Log
	log("method value")
	switch t := any(d).(type) {
	case fmt.Stringer:
		fmt.Println("stringer", t)
	case Dog:
		fmt.Println("dog", t.Breed)
	}
	var x interface{ Speak() string } = d
	if a, ok := x.(Dog); ok {
		fmt.Println("is dog", a.Breed)
	}
	fmt.Printf("%v %+v\n", s.Dog, s.Dog)
}
