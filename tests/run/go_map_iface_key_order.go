// fmt prints a map with interface keys of different dynamic types in
// go1.19's order: by the type descriptor's address, which Go's linker
// lays out by descriptor size, then by name (bool, float64, int, main.T,
// string before arrays, then types with methods, then structs).
package main

import "fmt"

type T int
type M int

func (m M) String() string { return fmt.Sprint("M", int(m)) }

type Q struct{ A, B int }
type E struct{}

func main() {
	m := map[interface{}]int{"s": 1, 2: 2, M(3): 3, T(4): 4, [1]int{5}: 5, Q{6, 6}: 6, E{}: 7,
		struct{ Z int }{8}: 8, [0]int{}: 10, 1.5: 11, true: 12, [1]string{"a"}: 13, M(0): 14,
		int8(1): 15, uint(2): 16, float32(3): 17, 'r': 18, byte(9): 19}
	fmt.Println(m)
	im := map[interface{}]int{"a": 1, 2: 2, 1.5: 3, false: 4}
	fmt.Println(im)
	var s fmt.Stringer = M(1)
	sm := map[fmt.Stringer]bool{s: true, M(0): false}
	fmt.Println(sm)
}

/* OUTPUT:
map[true:12 3:17 1.5:11 2:2 114:18 1:15 4:4 s:1 2:16 9:19 []:10 [5]:5 [a]:13 M0:14 M3:3 {}:7 {8}:8 {6 6}:6]
map[false:4 1.5:3 2:2 a:1]
map[M0:false M1:true]
*/
