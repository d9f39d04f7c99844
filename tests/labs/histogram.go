package main

import (
	"fmt"
	"strings"
)

func main() {
	data := []int{3, 7, 1, 5, 9, 2}
	labels := []string{"mon", "tue", "wed", "thu", "fri", "sat"}
	max := 0
	for _, d := range data {
		if d > max {
			max = d
		}
	}
	for i, d := range data {
		fmt.Printf("%s | %s %d\n", labels[i], strings.Repeat("#", d), d)
	}
	fmt.Println("max:", max)
}
