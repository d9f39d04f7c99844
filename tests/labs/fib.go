package main

import "fmt"

func fibs(n int) []int {
	f := make([]int, n)
	for i := 0; i < n; i++ {
		if i < 2 {
			f[i] = i
		} else {
			f[i] = f[i-1] + f[i-2]
		}
	}
	return f
}

func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

func main() {
	fmt.Println(fibs(15))
	fmt.Println("fib(20) =", fibRec(20))
	sum := 0
	for _, x := range fibs(30) {
		if x%2 == 0 {
			sum += x
		}
	}
	fmt.Println("even sum:", sum)
}
