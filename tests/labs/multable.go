package main

import "fmt"

func main() {
	const n = 9
	fmt.Printf("%3s |", "x")
	for j := 1; j <= n; j++ {
		fmt.Printf("%4d", j)
	}
	fmt.Println()
	for j := 0; j <= n; j++ {
		fmt.Print("----")
	}
	fmt.Println()
	for i := 1; i <= n; i++ {
		fmt.Printf("%3d |", i)
		for j := 1; j <= n; j++ {
			fmt.Printf("%4d", i*j)
		}
		fmt.Println()
	}
	fmt.Printf("|%-8s|%8s|\n", "left", "right")
	fmt.Printf("|%-8d|%8d|%08d|\n", 42, 42, 42)
	fmt.Printf("|%8.3f|%-8.1f|%+d|\n", 3.14159, 2.5, 7)
	fmt.Printf("%6.2f%%\n", 45.678)
}
