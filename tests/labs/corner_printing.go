// corner_printing: one of fifteen small programs on corners of what ml0c supports
// (session 9, gosmall), compared with go1.19: output and -m lines.
package main

import "fmt"

type Inner struct {
	A int
	B *int
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	M     map[string]bool
	Empty struct{}
	Any   any
}

func main() {
	n := 5
	o := Outer{Name: "o", In: Inner{1, nil}, List: []Inner{{2, nil}}, M: map[string]bool{"y": true, "x": false}}
	fmt.Printf("%v\n%+v\n", o, o)
	var ns []int
	var nm map[string]int
	fmt.Println(ns, nm, ns == nil, len(nm), []int{}, map[int]int{})
	fmt.Printf("%v %d %s|%q|\n", ns, ns, []string{}, []string{"a b", ""})
	o.Any = &n
	o.Ptr = &Inner{A: 3}
	fmt.Println(o.Ptr.A, *o.Any.(*int), o.Empty, struct{}{})
	fmt.Printf("[%5v][%-5v][%05d][%x]\n", true, nil, -42, "é")
	fmt.Print("a", 1, 2, "b", "c", 3.5, nil, '\n')
	fmt.Print("\n")
	fmt.Println(fmt.Sprint("x", 1, 2), fmt.Sprintln("end"))
	fmt.Printf("%v %v %v %v\n", int8(-5), uint16(65535), float32(1.1), complexLess())
	fmt.Printf("%6.2f|%-8.3e|%g|%g|%g\n", 1234.5678, 0.00012345, 100000.0, 1000000.0, 1e-5)
	fmt.Printf("%s %v\n", error(nil), []error{nil})
	type pair struct{ k string; v int }
	ps := []pair{{"a", 1}, {"b", 2}}
	fmt.Printf("%v %+v\n", ps, ps[0])
}

func complexLess() string { return "no complex" }
