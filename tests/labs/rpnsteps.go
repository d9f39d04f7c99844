package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stack struct {
	data []int
}

func (s *Stack) Push(v int) { s.data = append(s.data, v) }

func (s *Stack) Pop() (int, bool) {
	if len(s.data) == 0 {
		return 0, false
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, true
}

func (s *Stack) Len() int { return len(s.data) }

func eval(expr string) (result int, err error) {
	var st Stack
	push := st.Push
	for _, tok := range strings.Fields(expr) {
		if n, convErr := strconv.Atoi(tok); convErr == nil {
			push(n)
			continue
		}
		b, ok1 := st.Pop()
		a, ok2 := st.Pop()
		if !ok1 || !ok2 {
			return 0, fmt.Errorf("stack underflow at %q", tok)
		}
		switch tok {
		case "+":
			push(a + b)
		case "-":
			push(a - b)
		case "*":
			push(a * b)
		case "/":
			if b == 0 {
				return 0, fmt.Errorf("division by zero")
			}
			push(a / b)
		default:
			_, err = strconv.Atoi(tok)
			return 0, err
		}
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("%d values left", st.Len())
	}
	result, _ = st.Pop()
	return result, nil
}

func main() {
	for _, e := range []string{"3 4 +", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /", "2 3 ^", "1 2 3"} {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-20s error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-20s = %d\n", e, v)
	}
}
