package main

import (
	"fmt"
	"math"
	"strings"
)

func main() {
	name := "world"
	fmt.Println("hello", name)
	fmt.Println(math.Sqrt(16))
}
