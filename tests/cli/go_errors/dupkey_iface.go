// Duplicate constant keys in a map[interface{}] literal are the same type
// and value (go1.19): 2 and uint(2), 2 and T(2), 2 and 2.0 are different keys.
package main

import "fmt"

type T int

func main() {
	m := map[interface{}]int{2: 1, int(2): 2, uint(2): 3, T(2): 4, "a": 5, "a": 6, 2.0: 7, float32(2): 8, 'x': 9, rune(120): 10, 120: 11}
	n := map[int]int{1: 1, 1: 2}
	fmt.Println(m, n)
}
