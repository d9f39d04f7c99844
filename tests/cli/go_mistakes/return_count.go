package main

import (
	"errors"
	"fmt"
)

func divide(a, b int) (int, error) {
	if b == 0 {
		return errors.New("divide by zero")
	}
	return a / b
}

func main() {
	fmt.Println(divide(6, 3))
}
