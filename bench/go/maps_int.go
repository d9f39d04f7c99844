package main

import "fmt"

func main() {
	const n = 1_000_000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7919%10_000_019] = i
	}
	sum := 0
	for r := 0; r < 3; r++ {
		for i := 0; i < n; i++ {
			sum += m[(i+r)*7919%10_000_019]
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*7919%10_000_019)
	}
	for i := 0; i < n; i++ {
		m[i*31+5] += i
	}
	fmt.Println(sum + len(m))
}
