package main

import "fmt"

func div(a, b int) int, error {
	return a / b, nil
}

func main() {
	fmt.Println(div(4, 2))
}
