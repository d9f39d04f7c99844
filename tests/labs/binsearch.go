package main

import "fmt"

func binarySearch(xs []int, target int) (int, bool) {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		if xs[mid] == target {
			return mid, true
		} else if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid - 1
		}
	}
	return -1, false
}

func main() {
	xs := []int{1, 3, 5, 7, 9, 11, 13}
	for _, t := range []int{7, 1, 13, 4} {
		i, found := binarySearch(xs, t)
		fmt.Println(t, i, found)
	}
}
