// corner_closures: one of fifteen small programs on corners of what ml0c supports
// (session 9, gosmall), compared with go1.19: output and -m lines.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() int
	for _, v := range []int{1, 2, 3} {
		v := v
		gs = append(gs, func() int { return v })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	total := 0
	add := func(n int) { total += n }
	for i := 1; i <= 10; i++ {
		add(i)
	}
	fmt.Println(total)
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), ",")
	}
	fmt.Println()
	apply := func(xs []int, f func(int) int) []int {
		out := make([]int, len(xs))
		for i, x := range xs {
			out[i] = f(x)
		}
		return out
	}
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * x }))
	var memo = map[int]int{}
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = n * fact(n-1)
		return memo[n]
	}
	fmt.Println(fact(10), len(memo))
}
