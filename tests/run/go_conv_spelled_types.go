// A conversion to a spelled-out interface type (interface{}(x),
// interface{ M() }(v), also in an if/switch header) and of nil to a map
// type (map[string]int(nil)), as go1.19 accepts them (Go tour "Type
// switches" writes `switch v := interface{}(x).(type)`).
package main

import "fmt"

type T int

func (t T) M() { fmt.Println("M", int(t)) }

func main() {
	a := interface{}(3)
	b := []interface{}{1, "x"}
	fmt.Println(a, b, interface{}(nil) == nil)
	var m interface{ M() } = T(7)
	n := interface{ M() }(m)
	n.M()
	switch x := interface{}(3.5).(type) {
	case int:
		fmt.Println("int", x)
	case float64:
		fmt.Println("float64", x)
	}
	if interface{}(1) != nil {
		fmt.Printf("%T %v\n", interface{}(T(2)), interface{}(nil))
	}
	nm := map[string]int(nil)
	fmt.Println(nm == nil, len(nm), nm["k"], nm, []int(nil), map[string]bool(nil) == nil)
}

/* OUTPUT:
3 [1 x] true
M 7
float64 3.5
main.T <nil>
true 0 0 map[] [] true
*/
