package main

import (
	"fmt"
	"strconv"
	"strings"
)

// mustAtoi converts or panics, like the Must helpers in the standard library.
func mustAtoi(s string) int {
	n, sign := 0, 1
	for i, c := range s {
		if i == 0 && c == '-' {
			sign = -1
			continue
		}
		if c < '0' || c > '9' {
			panic("bad number " + strconv.Quote(s))
		}
		n = n*10 + int(c-'0')
	}
	return sign * n
}

// sumLine adds the numbers of one line; a bad number becomes the error.
func sumLine(line string) (sum int, problem string) {
	defer func() {
		if r := recover(); r != nil {
			problem = fmt.Sprint(r)
		}
	}()
	for _, field := range strings.Fields(line) {
		sum += mustAtoi(field)
	}
	return sum, "ok"
}

func lookup(table []int, i int) (v int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("lookup:", r)
			v = -1
		}
	}()
	return table[i]
}

func main() {
	lines := []string{"1 2 3", "10 x 30", "", "7 -7 100"}
	for _, l := range lines {
		s, p := sumLine(l)
		fmt.Printf("%q -> %d (%s)\n", l, s, p)
	}
	table := []int{5, 10, 15}
	fmt.Println(lookup(table, 2), lookup(table, 3))
	var empty []int
	fmt.Println(lookup(empty, 0))
}
