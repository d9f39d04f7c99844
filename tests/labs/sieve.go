package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func main() {
	ps := sieve(100)
	fmt.Println("there are", len(ps), "primes below 100")
	for i, p := range ps {
		fmt.Printf("%4d", p)
		if (i+1)%10 == 0 {
			fmt.Println()
		}
	}
	fmt.Println()
	// twin primes
	count := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			fmt.Printf("(%d, %d) ", ps[i-1], ps[i])
			count++
		}
	}
	fmt.Println()
	fmt.Println("twin pairs:", count)
	big := sieve(10000)
	fmt.Println("largest prime below 10000:", big[len(big)-1])
}
