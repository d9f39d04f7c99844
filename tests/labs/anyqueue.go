package main

import "fmt"

// a queue and a stack that hold anything
type Queue struct {
	items []interface{}
}

func (q *Queue) Enqueue(v interface{}) {
	q.items = append(q.items, v)
}

func (q *Queue) Dequeue() (interface{}, bool) {
	if len(q.items) == 0 {
		return nil, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

type Stack struct {
	items []any
}

func (s *Stack) Push(v any) { s.items = append(s.items, v) }

func (s *Stack) Pop() any {
	if len(s.items) == 0 {
		return nil
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *Stack) Len() int { return len(s.items) }

type Point struct{ X, Y int }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case int:
		return fmt.Sprintf("int %d (double %d)", x, x*2)
	case string:
		return fmt.Sprintf("string %q of length %d", x, len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case float64:
		return fmt.Sprintf("float %.3f", x)
	case Point:
		return fmt.Sprintf("point at (%d,%d)", x.X, x.Y)
	case []int:
		return fmt.Sprintf("slice with %d ints", len(x))
	default:
		return fmt.Sprintf("something else: %T", x)
	}
}

func main() {
	q := &Queue{}
	q.Enqueue(42)
	q.Enqueue("hello")
	q.Enqueue(3.14159)
	q.Enqueue(Point{1, 2})
	q.Enqueue([]int{1, 2, 3})
	q.Enqueue(true)
	q.Enqueue(nil)
	q.Enqueue('x')

	s := &Stack{}
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Println(describe(v))
		s.Push(v)
	}
	fmt.Println("stack size:", s.Len())
	sum := 0
	for s.Len() > 0 {
		if n, ok := s.Pop().(int); ok {
			sum += n
		}
	}
	fmt.Println("sum of ints:", sum)
	fmt.Println(s.Pop() == nil)
}
