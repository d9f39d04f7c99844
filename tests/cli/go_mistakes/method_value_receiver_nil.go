package main

import "fmt"

type Stack struct {
	items []int
}

func (s *Stack) Push(x int) {
	s.items = append(s.items, x)
}

func main() {
	Stack.Push(3)
	fmt.Println("ok")
}
