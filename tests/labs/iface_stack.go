package main

import (
	"errors"
	"fmt"
)

type Stack interface {
	Push(v int)
	Pop() (int, error)
	Len() int
}

type SliceStack struct {
	items []int
}

func (s *SliceStack) Push(v int) { s.items = append(s.items, v) }

func (s *SliceStack) Pop() (int, error) {
	if len(s.items) == 0 {
		return 0, errors.New("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *SliceStack) Len() int { return len(s.items) }

type node struct {
	val  int
	next *node
}

type ListStack struct {
	head *node
	n    int
}

func (l *ListStack) Push(v int) {
	l.head = &node{v, l.head}
	l.n++
}

func (l *ListStack) Pop() (int, error) {
	if l.head == nil {
		return 0, errors.New("pop from empty list")
	}
	v := l.head.val
	l.head = l.head.next
	l.n--
	return v, nil
}

func (l *ListStack) Len() int { return l.n }

func exercise(name string, s Stack) {
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	fmt.Printf("%s has %d items\n", name, s.Len())
	for {
		v, err := s.Pop()
		if err != nil {
			fmt.Println(name, "error:", err)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}

func main() {
	exercise("slice", &SliceStack{})
	exercise("list", &ListStack{})
}
