// A struct declared in a function embedding an interface (go1.19 test/fixedbugs/issue42279.go): its promoted methods are in its method set; type A B with B's fields referring back through a pointer; a defined type of a struct with a method of its own (go run output, go1.19).
package main

import "fmt"

type A B
type B struct {
	x *A
	n int
}

type Sp interface{ Speak() string }
type Dog struct{}

func (Dog) Speak() string { return "woof" }

type Pet struct {
	Sp
	name string
}
type MyPet Pet

func (m MyPet) Hello() string { return m.name + " " + m.Speak() }

type Celsius float64
type Temp Celsius

func main() {
	a := A{nil, 1}
	b := B{&a, 2}
	fmt.Println(b.x.n, a.n)
	p := MyPet{Dog{}, "rex"}
	fmt.Println(p.Hello())
	var s Sp = p
	fmt.Println(s.Speak())
	type Local Pet
	l := Local{Dog{}, "fido"}
	fmt.Println(l.Speak(), l.name)
	type LP struct {
		Sp
		k int
	}
	lp := LP{Dog{}, 3}
	fmt.Println(lp.Speak(), lp.k)
	var s2 Sp = lp
	fmt.Println(s2.Speak())
	fmt.Printf("%v %T\n", Temp(3.5), Temp(1))
}

/* OUTPUT:
1 1
rex woof
woof
woof fido
woof 3
woof
3.5 main.Temp
*/
