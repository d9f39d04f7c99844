package main

import (
	"fmt"
	"strconv"
	"strings"
)

type T struct{ f int }

func (t T) M() int { return t.f }

func two() (int, error) { return strconv.Atoi("3") }

func main() {
	var f func()
	f = func() { f() }
	x := 1
	_ = &x
	m := map[string]int{}
	v, ok := m["a"]
	_ = v
	var y int
	y = y
	var sb strings.Builder
	sb.WriteString("a")
	for i := range []int{1} {
	}
	for k := range m {
	}
	o := 1
	{
		o := 2
		_ = o
	}
	var n int
	var err error
	n, err = two()
	p := &T{}
	p.f = 1
	a := []int{1}
	a[0] += 1
	t := T{}
	g := t.M
	_ = g
	var e interface{} = 1
	if s, ok2 := e.(string); ok2 {
		fmt.Println(s)
	}
	if s2, ok3 := e.(string); true {
		_ = ok3
	}
	var (
		q1 = 1
		q2 int
	)
	_ = q1
	defer func() { _ = recover() }()
}
