package main

import "fmt"

func primeFactors(n int) []int {
	var fs []int
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func format(fs []int) string {
	s := ""
	for i := 0; i < len(fs); {
		j := i
		for j < len(fs) && fs[j] == fs[i] {
			j++
		}
		if s != "" {
			s += " * "
		}
		if j-i > 1 {
			s += fmt.Sprintf("%d^%d", fs[i], j-i)
		} else {
			s += fmt.Sprint(fs[i])
		}
		i = j
	}
	return s
}

func divisors(n int) (count, sum int) {
	for d := 1; d <= n; d++ {
		if n%d == 0 {
			count++
			sum += d
		}
	}
	return
}

func main() {
	for _, n := range []int{2, 12, 97, 360, 1001, 65536, 999999} {
		c, s := divisors(n)
		fmt.Printf("%7d = %-20s divisors: %3d sum: %d\n", n, format(primeFactors(n)), c, s)
	}
}
