package main

import "fmt"

var moves int

func hanoi(n int, from, to, via string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to)
	moves++
	if n >= 3 {
		fmt.Printf("move disk %d from %s to %s\n", n, from, to)
	}
	hanoi(n-1, via, to, from)
}

func main() {
	for n := 1; n <= 5; n++ {
		moves = 0
		hanoi(n, "A", "C", "B")
		fmt.Println("disks:", n, "moves:", moves)
	}
}
