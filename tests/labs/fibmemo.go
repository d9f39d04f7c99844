package main

import "fmt"

func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

func fibMemo(n int, memo []int) int {
	if n < 2 {
		return n
	}
	if memo[n] != 0 {
		return memo[n]
	}
	memo[n] = fibMemo(n-1, memo) + fibMemo(n-2, memo)
	return memo[n]
}

func factorial(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func power(base, exp int) int {
	if exp == 0 {
		return 1
	}
	half := power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func sumDigits(n int) int {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

func reverse(s string) string {
	if len(s) <= 1 {
		return s
	}
	return reverse(s[1:]) + s[:1]
}

func main() {
	for i := 0; i <= 20; i += 5 {
		fmt.Printf("fib(%d) = %d\n", i, fibRec(i))
	}
	memo := make([]int, 91)
	fmt.Println("fib(90) =", fibMemo(90, memo))
	for i := 0; i <= 20; i += 4 {
		fmt.Printf("%2d! = %d\n", i, factorial(i))
	}
	fmt.Println(power(2, 10), power(3, 13), power(7, 0))
	fmt.Println(sumDigits(123456789), reverse("recursion"))
}
