package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("42")
	if err != nil {
		fmt.Println("bad number")
		return
	}
	if n > 10 {
		m, err := strconv.Atoi("x")
		fmt.Println(n + m)
	}
}
