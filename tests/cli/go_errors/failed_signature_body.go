package main

// A function whose signature fails (a parameter of an undefined type) is
// still checked: its body, with the parameter invalid (no further errors
// from its uses), its returns against the declared results.

import "fmt"

type S struct{ x int }

func f(x T) int { return x + 1 }

func g(x T) (n int) {
	n = 2
	return
}

func (r R) M() int { return r.x }

func h(x T, s S) {
	y := x
	_ = y
	fmt.Println(s.x, z)
}

func k(x T) int { return 1, 2 }

func m(x T) int {
	if x > 0 {
		return 1
	}
}

func main() {
	fmt.Println(f(1), g(2), h)
}
