package main

import "fmt"

type Queue struct {
	data []string
}

func (q *Queue) Enqueue(s string) {
	q.data = append(q.data, s)
}

func (q *Queue) Dequeue() (string, bool) {
	if len(q.data) == 0 {
		return "", false
	}
	s := q.data[0]
	q.data = q.data[1:]
	return s, true
}

func main() {
	q := &Queue{}
	q.Enqueue("first")
	q.Enqueue("second")
	q.Enqueue("third")
	for {
		s, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Println(s)
	}
	fmt.Println(len(q.data))
}
