package main

import "fmt"

func bubbleSort(a []int) int {
	swaps := 0
	n := len(a)
	for i := 0; i < n-1; i++ {
		swapped := false
		for j := 0; j < n-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
				swaps++
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	return swaps
}

func selectionSort(a []int) {
	for i := range a {
		min := i
		for j := i + 1; j < len(a); j++ {
			if a[j] < a[min] {
				min = j
			}
		}
		a[i], a[min] = a[min], a[i]
	}
}

func insertionSort(a []string) {
	for i := 1; i < len(a); i++ {
		key := a[i]
		j := i - 1
		for j >= 0 && a[j] > key {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = key
	}
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	left := mergeSort(a[:mid])
	right := mergeSort(a[mid:])
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if left[i] <= right[j] {
			out = append(out, left[i])
			i++
		} else {
			out = append(out, right[j])
			j++
		}
	}
	out = append(out, left[i:]...)
	out = append(out, right[j:]...)
	return out
}

func main() {
	a := []int{64, 34, 25, 12, 22, 11, 90}
	b := make([]int, len(a))
	copy(b, a)
	fmt.Println("swaps:", bubbleSort(a), a)
	selectionSort(b)
	fmt.Println("selection:", b)
	names := []string{"pear", "apple", "fig", "banana", "cherry"}
	insertionSort(names)
	fmt.Println(names)
	fmt.Println(mergeSort([]int{5, 2, 4, 7, 1, 3, 2, 6}))
	fmt.Println(mergeSort(nil), len(mergeSort([]int{})))
}
