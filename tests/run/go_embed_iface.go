// A struct embedding an interface: its methods are promoted to calls
// (l.Speak() is l.Speaker.Speak()), through an embedded pointer too.
package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + ": woof" }

type Loud struct {
	Speaker
	n int
}

type Wrapped struct {
	*Loud
}

func main() {
	l := Loud{Dog{"rex"}, 2}
	fmt.Println(l.Speak())
	p := &l
	fmt.Println(p.Speak(), p.Speaker.Speak())
	w := Wrapped{p}
	fmt.Println(w.Speak())
	f := l.Speaker.Speak
	fmt.Println(f())
	l.Speaker = Dog{"fido"}
	fmt.Println(l.Speak(), w.Speak())
}

/* OUTPUT:
rex: woof
rex: woof rex: woof
rex: woof
rex: woof
fido: woof fido: woof
*/
