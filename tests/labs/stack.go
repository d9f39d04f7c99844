package main

import "fmt"

type Stack struct {
	items []int
}

func (s *Stack) Push(x int) {
	s.items = append(s.items, x)
}

func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func (s *Stack) Len() int {
	return len(s.items)
}

func main() {
	s := &Stack{}
	for i := 1; i <= 5; i++ {
		s.Push(i * i)
	}
	fmt.Println("size:", s.Len())
	for {
		x, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Println("popped", x)
	}
	_, ok := s.Pop()
	fmt.Println("empty pop ok?", ok)
}
