package main

import "fmt"

func main() {
	scores := []int{90, 85, 77}
	sum := 0
	for _, s := range scores {
		sum += s
	}
	var avg float64 = sum / len(scores)
	fmt.Println(avg)
}
