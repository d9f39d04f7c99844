package main

import (
	"fmt"
	"sort"
	"time"
)

var live [][]byte

func request(i int) int {
	sum := 0
	for k := 0; k < 8; k++ {
		n := 8192 + i%2
		b := make([]byte, n)
		b[k] = byte(i)
		sum += int(b[k]) + len(b)
	}
	return sum
}

func main() {
	for i := 0; i < 50_000; i++ {
		live = append(live, make([]byte, 1024))
	}
	n := 100_000
	durs := make([]int, n)
	check := 0
	for i := 0; i < n; i++ {
		t0 := time.Now()
		check += request(i)
		durs[i] = int(time.Since(t0).Nanoseconds())
	}
	sort.Ints(durs)
	fmt.Println(check, len(live))
	fmt.Println(durs[n/2]/1000, durs[n*99/100]/1000, durs[n*999/1000]/1000, durs[n-1]/1000)
}
