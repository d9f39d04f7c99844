// Defined types of structs (type D S: S's fields and promoted methods, not its own), of interfaces (type J I) and aliases (type K = I), at package level (go run output, go1.19).
package main

import "fmt"

type I interface{ M() string }

type J I

type K = I

type T struct{ s string }

func (t T) M() string { return "T" + t.s }

type S struct{ T }

type D S

type E T

func main() {
	var j J = T{"a"}
	fmt.Println(j.M())
	var k K = T{"b"}
	fmt.Println(k.M())
	d := D{T{"c"}}
	fmt.Println(d.M(), d.s)
	e := E{"e"}
	fmt.Println(e.s)
	var i I = j
	fmt.Println(i.M())
	var j2 J = d
	fmt.Println(j2.M())
}

/* OUTPUT:
Ta
Tb
Tc c
e
Ta
Tc
*/
