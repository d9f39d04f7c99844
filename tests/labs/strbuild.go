package main

import (
	"fmt"
	"strconv"
	"strings"
)

func triangle(n int) string {
	s := ""
	for i := 1; i <= n; i++ {
		s += strings.Repeat("*", i) + "\n"
	}
	return s
}

func csv(nums []int) string {
	parts := []string{}
	for _, n := range nums {
		parts = append(parts, strconv.Itoa(n))
	}
	return strings.Join(parts, ",")
}

func main() {
	fmt.Print(triangle(4))
	fmt.Println(csv([]int{3, 1, 4, 1, 5}))
	msg := fmt.Sprintf("%d items, total %d", 3, 9)
	fmt.Println(msg, len(msg))
	fmt.Println(strings.ReplaceAll("a-b-c", "-", "+"))
}
