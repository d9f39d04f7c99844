package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	sb.WriteString("hi")
	fmt.Println(sb.buf)
	fmt.Println(strings.toUpper("x"))
}
