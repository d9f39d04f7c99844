package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minMax(xs []int) (int, int) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func spread(lo, hi int) int {
	return hi - lo
}

func parsePair(a, b string) (int, error) {
	x, err := strconv.Atoi(a)
	if err != nil {
		return 0, err
	}
	y, err := strconv.Atoi(b)
	if err != nil {
		return 0, err
	}
	return x + y, nil
}

func main() {
	for _, d := range []int{2, 3, 7} {
		fmt.Println(100, "/", d, "=", fmt.Sprint(divmod(100, d)))
	}
	fmt.Println(divmod(17, 5))
	data := []int{4, 9, 1, 7, 3}
	fmt.Println(minMax(data))
	fmt.Println("spread:", spread(minMax(data)))
	fmt.Println(strconv.Atoi("123"))
	fmt.Println(strconv.Atoi("12a"))
	fmt.Println(parsePair("4", "5"))
	fmt.Println(parsePair("4", "five"))
	s := fmt.Sprintln(minMax([]int{10, -2, 8}))
	fmt.Print(s)
}
