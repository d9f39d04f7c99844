package main

import (
	"fmt"
	"strconv"
)

func main() {
	const n = 1_000_000
	keys := make([]string, n)
	for i := 0; i < n; i++ {
		keys[i] = "key-" + strconv.Itoa(i*7919%10_000_019)
	}
	m := make(map[string]int)
	for i, k := range keys {
		m[k] = i
	}
	sum := 0
	for r := 0; r < 3; r++ {
		for i := 0; i < n; i++ {
			sum += m[keys[(i+r*1000)%n]]
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, keys[i])
	}
	fmt.Println(sum + len(m) + m["missing"])
}
