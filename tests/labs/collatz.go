package main

import "fmt"

func steps(n int) int {
	count := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		count++
	}
	return count
}

func longest(limit int) (best, length int) {
	for i := 1; i < limit; i++ {
		if s := steps(i); s > length {
			best, length = i, s
		}
	}
	return
}

func main() {
	fmt.Println(steps(6), steps(27))
	n, l := longest(1000)
	fmt.Printf("below 1000: %d takes %d steps\n", n, l)
}
