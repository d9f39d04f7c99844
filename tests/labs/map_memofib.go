package main

import "fmt"

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	r := fib(n-1) + fib(n-2)
	memo[n] = r
	return r
}

func ways(n int, cache map[int]int) int {
	if n < 0 {
		return 0
	}
	if n == 0 {
		return 1
	}
	if v, ok := cache[n]; ok {
		return v
	}
	cache[n] = ways(n-1, cache) + ways(n-2, cache) + ways(n-3, cache)
	return cache[n]
}

func main() {
	for _, n := range []int{10, 20, 50, 90} {
		fmt.Printf("fib(%d) = %d\n", n, fib(n))
	}
	fmt.Println("memo entries:", len(memo))
	cache := make(map[int]int)
	fmt.Println("ways to climb 30 steps:", ways(30, cache))
	fmt.Println("cache entries:", len(cache))
}
