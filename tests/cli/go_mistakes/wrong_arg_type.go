package main

import "fmt"

func average(nums []int) float64 {
	total := 0
	for _, n := range nums {
		total += n
	}
	return float64(total) / float64(len(nums))
}

func main() {
	scores := []float64{90.5, 80, 75.5}
	fmt.Println(average(scores))
}
