package main

import "fmt"

func main() {
	total := 0
	for i := 1; i <= 10; i++ {
		total := total + i
		fmt.Println(total)
	}
	count = 5
	fmt.Println(total, count)
}
