package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := strconv.Atoi("5") + 1
	fmt.Println(n)
}
