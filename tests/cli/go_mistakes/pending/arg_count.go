package main

import "fmt"

func area(width, height float64) float64 {
	return width * height
}

func main() {
	fmt.Println(area(3))
	fmt.Println(area(3, 4, 5))
}
