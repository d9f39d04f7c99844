package main

import "fmt"

var sink []int

func main() {
	sum := 0
	for i := 0; i < 10_000_000; i++ {
		s := make([]int, 100)
		s[i%100] = i
		sink = s
		sum += s[(i*7)%100]
	}
	fmt.Println(sum)
}
