// Intro course: closures - counters, generators, function values, defer.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func fib() func() int {
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

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	double := func(x int) int { return x * 2 }
	fmt.Println(apply([]int{1, 2, 3}, double))
	fmt.Println(filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 }))
	var funcs []func() int
	for i := 0; i < 3; i++ {
		i := i
		funcs = append(funcs, func() int { return i * i })
	}
	for _, g := range funcs {
		fmt.Print(g(), ";")
	}
	fmt.Println()
	total := 0
	add := func(n int) { total += n }
	for i := 1; i <= 4; i++ {
		add(i)
	}
	fmt.Println("total", total)
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2, total", total)
	}()
	total = 100
}

/* OUTPUT:
1 2 3 1
0 1 1 2 3 5 8 13 21 34 
[2 4 6]
[2 4 6]
0;1;4;
total 10
deferred 2, total 100
deferred 1
*/
