package main

import (
	"errors"
	"fmt"
)

type Stack struct {
	data []int
	max  int
}

func (s *Stack) Push(v int) {
	if len(s.data) == s.max {
		panic(fmt.Sprintf("stack overflow pushing %d", v))
	}
	s.data = append(s.data, v)
}

func (s *Stack) Pop() int {
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v
}

func safely(name string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("%s: runtime: %w", name, v)
			case string:
				err = fmt.Errorf("%s: %s", name, v)
			default:
				err = fmt.Errorf("%s: %v", name, v)
			}
		}
	}()
	f()
	return nil
}

func divide(a, b int) int { return a / b }

type Grid struct {
	cells [][]int
}

func main() {
	s := &Stack{max: 2}
	var g *Grid
	arr := []int{1, 2, 3}
	idx := 5
	m := map[string][]int{}
	tests := []struct {
		name string
		f    func()
	}{
		{"push3", func() { s.Push(1); s.Push(2); s.Push(3) }},
		{"pop4", func() {
			for i := 0; i < 4; i++ {
				fmt.Println("popped", s.Pop())
			}
		}},
		{"div", func() { fmt.Println(divide(7, idx-5)) }},
		{"index", func() { fmt.Println(arr[idx]) }},
		{"nilgrid", func() { fmt.Println(len(g.cells)) }},
		{"mapslice", func() { m["a"] = append(m["a"], 1); fmt.Println(m["a"][0], m["b"] == nil) }},
		{"custom", func() { panic(errors.New("custom failure")) }},
		{"number", func() { panic(42) }},
		{"slice", func() { fmt.Println(arr[1:idx]) }},
	}
	for _, t := range tests {
		if err := safely(t.name, t.f); err != nil {
			fmt.Println("ERR", err)
		} else {
			fmt.Println("OK ", t.name)
		}
	}
	fmt.Println(len(s.data), cap(s.data) >= 2)
}
