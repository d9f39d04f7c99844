package main

import "fmt"

func divide(a, b int) (int, error) {
	if b == 0 {
		return fmt.Errorf("cannot divide by zero")
	}
	return a / b, nil
}

func main() {
	fmt.Println(divide(6, 3))
}
