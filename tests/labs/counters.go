package main

import "fmt"

func makeCounter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func main() {
	c1 := makeCounter()
	c2 := makeCounter()
	fmt.Println(c1(), c1(), c1())
	fmt.Println(c2())
	f := fibGen()
	for i := 0; i < 12; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	xs := []int{1, 2, 3, 4}
	fmt.Println(apply(xs, adder(10)))
	fmt.Println(apply(xs, func(x int) int { return x * x }))
	total := 0
	add := func(x int) {
		total += x
	}
	for _, x := range xs {
		add(x)
	}
	fmt.Println("total", total)
}
