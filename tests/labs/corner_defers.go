// corner_defers: one of fifteen small programs on corners of what ml0c supports
// (session 9, gosmall), compared with go1.19: output and -m lines.
package main

import (
	"errors"
	"fmt"
)

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() (int, error) {
	if len(s.items) == 0 {
		return 0, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func sum(nums ...int) (t int) {
	for _, n := range nums {
		t += n
	}
	return
}

var ErrNotFound = errors.New("not found")

func find(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func main() {
	s := &Stack{}
	for i := 1; i <= 3; i++ {
		defer fmt.Println("deferred", i)
		s.Push(i * i)
	}
	for {
		v, err := s.Pop()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	c := counter()
	c()
	c()
	fmt.Println(c(), sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	m := map[string]int{"a": 1}
	_, err := find(m, "z")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	type pt struct{ x, y int }
	a, b := pt{1, 2}, pt{1, 2}
	arr1, arr2 := [3]int{1, 2, 3}, [...]int{1, 2, 3}
	fmt.Println(a == b, arr1 == arr2, a != pt{2, 1})
	funcs := []func(int) int{func(x int) int { return x * 2 }, func(x int) int { return x + 100 }}
	for i, f := range funcs {
		fmt.Println(i, f(i+1))
	}
}
