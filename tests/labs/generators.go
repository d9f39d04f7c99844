package main

import "fmt"

func counter(start, step int) func() int {
	n := start - step
	return func() int {
		n += step
		return n
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

func primeGen() func() int {
	found := []int{}
	candidate := 1
	return func() int {
		for {
			candidate++
			isPrime := true
			for _, p := range found {
				if p*p > candidate {
					break
				}
				if candidate%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, candidate)
				return candidate
			}
		}
	}
}

func take(gen func() int, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = gen()
	}
	return out
}

func filter(gen func() int, keep func(int) bool) func() int {
	return func() int {
		for {
			v := gen()
			if keep(v) {
				return v
			}
		}
	}
}

func main() {
	evens := counter(0, 2)
	fmt.Println("evens:", take(evens, 6))
	fmt.Println("next even:", evens())

	fmt.Println("fib:", take(fibGen(), 12))
	fmt.Println("primes:", take(primeGen(), 10))

	odd := func(x int) bool { return x%2 == 1 }
	oddFib := filter(fibGen(), odd)
	fmt.Println("odd fibs:", take(oddFib, 8))

	c1 := counter(10, -3)
	c2 := counter(10, -3)
	c1()
	c1()
	fmt.Println("independent:", c1(), c2())
}
