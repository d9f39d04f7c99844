package main

import "fmt"

// Bubble sort with debugging output: the student prints each swap with
// the builtin println (standard error in Go) and the result with fmt.
func bubbleSort(a []int) int {
	swaps := 0
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				println("swap", a[j], a[j+1], "at", j)
				a[j], a[j+1] = a[j+1], a[j]
				swaps++
			}
		}
	}
	return swaps
}

func main() {
	nums := []int{5, 2, 9, 1, 7}
	fmt.Println("before:", nums)
	n := bubbleSort(nums)
	fmt.Println("after:", nums)
	print("swaps: ", n, "\n")
	fmt.Printf("%d swaps\n", n)
}
