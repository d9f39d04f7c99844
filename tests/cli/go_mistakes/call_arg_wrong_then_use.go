package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := strconv.Itoa("5")
	n := s + 1
	fmt.Println(n)
}
