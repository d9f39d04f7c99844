package main

import (
	"fmt"
	"sort"
)

func bubbleSort(xs []int) {
	n := len(xs)
	for i := 0; i < n; i++ {
		for j := 0; j < n-1-i; j++ {
			if xs[j] > xs[j+1] {
				xs[j], xs[j+1] = xs[j+1], xs[j]
			}
		}
	}
}

func isSorted(xs []int) bool {
	for i := 1; i < len(xs); i++ {
		if xs[i-1] > xs[i] {
			return false
		}
	}
	return true
}

func main() {
	a := []int{5, 2, 9, 1, 5, 6}
	b := []int{3, 8, 1, 0, 7}
	bubbleSort(a)
	sort.Ints(b)
	fmt.Println(a, isSorted(a))
	fmt.Println(b, isSorted(b))
	names := []string{"carol", "alice", "bob"}
	sort.Strings(names)
	fmt.Println(names)
}
