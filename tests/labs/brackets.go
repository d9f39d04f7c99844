package main

import "fmt"

type Stack struct {
	data []rune
}

func (s *Stack) Push(r rune) { s.data = append(s.data, r) }

func (s *Stack) Pop() (rune, bool) {
	if len(s.data) == 0 {
		return 0, false
	}
	r := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return r, true
}

func (s *Stack) Empty() bool { return len(s.data) == 0 }

var pairs = map[rune]rune{')': '(', ']': '[', '}': '{'}

func check(expr string) (bool, int) {
	var st Stack
	for i, ch := range expr {
		switch ch {
		case '(', '[', '{':
			st.Push(ch)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[ch] {
				return false, i
			}
		}
	}
	if !st.Empty() {
		return false, len(expr)
	}
	return true, -1
}

func maxDepth(expr string) int {
	depth, best := 0, 0
	for _, ch := range expr {
		if ch == '(' {
			depth++
			if depth > best {
				best = depth
			}
		} else if ch == ')' {
			depth--
		}
	}
	return best
}

func main() {
	tests := []string{
		"(a + b) * [c - {d / e}]",
		"((1 + 2)",
		"{[()]}()",
		"(]",
		"func() { return x[0] }",
		"))((",
		"",
		"«(ünïcode)»",
	}
	for _, t := range tests {
		ok, pos := check(t)
		if ok {
			fmt.Printf("%-26q balanced, depth %d\n", t, maxDepth(t))
		} else {
			fmt.Printf("%-26q error at %d\n", t, pos)
			if pos < len(t) {
				fmt.Printf("%27s^\n", "")
			}
		}
	}
}
