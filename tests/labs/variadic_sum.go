package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func average(nums ...int) float64 {
	if len(nums) == 0 {
		return 0
	}
	return float64(sum(nums...)) / float64(len(nums))
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1, 2, 3))
	xs := []int{10, 20, 30, 40}
	fmt.Println(sum(xs...))
	fmt.Println(average(xs...))
	fmt.Printf("%.2f\n", average(1, 2))
}
