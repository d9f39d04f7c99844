package main

import (
	"fmt"
	"strconv"
	"strings"
)

func apply(op string, a, b int) (int, bool) {
	switch op {
	case "+":
		return a + b, true
	case "-":
		return a - b, true
	case "*":
		return a * b, true
	case "/":
		if b == 0 {
			return 0, false
		}
		return a / b, true
	}
	return 0, false
}

func eval(tokens []string) (int, bool) {
	var stack []int
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			if len(stack) < 2 {
				return 0, false
			}
			a, b := stack[len(stack)-2], stack[len(stack)-1]
			stack = stack[:len(stack)-2]
			r, ok := apply(t, a, b)
			if !ok {
				return 0, false
			}
			stack = append(stack, r)
		default:
			n := 0
			for _, ch := range t {
				if ch < '0' || ch > '9' {
					return 0, false
				}
				n = n*10 + int(ch-'0')
			}
			stack = append(stack, n)
		}
	}
	if len(stack) != 1 {
		return 0, false
	}
	return stack[0], true
}

func main() {
	for _, expr := range []string{"3 4 +", "5 1 2 + 4 * + 3 -", "1 0 /", "2 x +"} {
		v, ok := eval(strings.Fields(expr))
		if ok {
			fmt.Println(expr, "=", strconv.Itoa(v))
		} else {
			fmt.Println(expr, "= error")
		}
	}
}
