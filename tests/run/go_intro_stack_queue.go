// Intro course: a stack and a queue on slices, with methods and errors.
package main

import (
	"errors"
	"fmt"
)

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() (int, error) {
	if len(s.items) == 0 {
		return 0, errors.New("stack is empty")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack) Len() int { return len(s.items) }


type StrQueue struct{ items []string }

func (q *StrQueue) Enqueue(s string) { q.items = append(q.items, s) }

func (q *StrQueue) Dequeue() (string, bool) {
	if len(q.items) == 0 {
		return "", false
	}
	s := q.items[0]
	q.items = q.items[1:]
	return s, true
}

func main() {
	var s Stack
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	fmt.Println("len:", s.Len())
	for {
		v, err := s.Pop()
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Println("pop", v)
	}
	q := &StrQueue{}
	q.Enqueue("a")
	q.Enqueue("b")
	for {
		x, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Printf("dequeued %q\n", x)
	}
	fmt.Println(q.items, len(q.items), s)
}

/* OUTPUT:
len: 3
pop 30
pop 20
pop 10
error: stack is empty
dequeued "a"
dequeued "b"
[] 0 {[]}
*/
