package main

import (
	"fmt"
	"strings"
)

type Stack struct {
	items []string
}

func (s *Stack) Push(v string) {
	s.items = append(s.items, v)
}

// Pop removes the top item; popping an empty stack is a bug, so it panics.
func (s *Stack) Pop() string {
	if len(s.items) == 0 {
		panic("pop from empty stack")
	}
	top := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return top
}

// tryPop pops, or reports the panic instead of crashing.
func tryPop(s *Stack) (v string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			ok = false
		}
	}()
	return s.Pop(), true
}

// balanced checks brackets with the stack; a closing bracket with
// nothing open makes Pop panic, which counts as unbalanced.
func balanced(text string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	s := &Stack{}
	for _, c := range text {
		switch c {
		case '(', '[':
			s.Push(string(c))
		case ')':
			if s.Pop() != "(" {
				return false
			}
		case ']':
			if s.Pop() != "[" {
				return false
			}
		}
	}
	return len(s.items) == 0
}

func main() {
	s := &Stack{}
	for _, w := range strings.Fields("alpha beta gamma") {
		s.Push(w)
	}
	for i := 0; i < 4; i++ {
		v, ok := tryPop(s)
		fmt.Println(i, v, ok)
	}
	for _, t := range []string{"(a[b]c)", "(]", "x)", "((", "[()()]"} {
		fmt.Printf("%-8s balanced: %v\n", t, balanced(t))
	}
}
