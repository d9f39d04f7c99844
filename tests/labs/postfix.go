package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stack struct {
	data []int
}

func (s *Stack) Push(v int) {
	s.data = append(s.data, v)
}

func (s *Stack) Pop() (int, bool) {
	if len(s.data) == 0 {
		return 0, false
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, true
}

func eval(expr string) (int, string) {
	var st Stack
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, ok1 := st.Pop()
			a, ok2 := st.Pop()
			if !ok1 || !ok2 {
				return 0, "stack underflow"
			}
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				if b == 0 {
					return 0, "division by zero"
				}
				st.Push(a / b)
			}
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, "bad token " + tok
			}
			st.Push(n)
		}
	}
	if len(st.data) != 1 {
		return 0, "malformed expression"
	}
	return st.data[0], ""
}

func main() {
	exprs := []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 3 4 * +",
		"10 2 /",
		"1 0 /",
		"1 +",
		"4 x *",
		"1 2 3",
	}
	for _, e := range exprs {
		v, msg := eval(e)
		if msg != "" {
			fmt.Printf("%-20s error: %s\n", e, msg)
		} else {
			fmt.Printf("%-20s = %d\n", e, v)
		}
	}
}
