package main

import "fmt"

type Task struct {
	Name     string
	Priority int
}

type PQ struct {
	items []Task
}

func (pq *PQ) Len() int { return len(pq.items) }

func (pq *PQ) less(i, j int) bool {
	if pq.items[i].Priority == pq.items[j].Priority {
		return pq.items[i].Name < pq.items[j].Name
	}
	return pq.items[i].Priority > pq.items[j].Priority
}

func (pq *PQ) swap(i, j int) {
	pq.items[i], pq.items[j] = pq.items[j], pq.items[i]
}

func (pq *PQ) Push(t Task) {
	pq.items = append(pq.items, t)
	i := len(pq.items) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !pq.less(i, parent) {
			break
		}
		pq.swap(i, parent)
		i = parent
	}
}

func (pq *PQ) Pop() Task {
	top := pq.items[0]
	last := len(pq.items) - 1
	pq.items[0] = pq.items[last]
	pq.items = pq.items[:last]
	i := 0
	for {
		l, r := 2*i+1, 2*i+2
		best := i
		if l < len(pq.items) && pq.less(l, best) {
			best = l
		}
		if r < len(pq.items) && pq.less(r, best) {
			best = r
		}
		if best == i {
			break
		}
		pq.swap(i, best)
		i = best
	}
	return top
}

func main() {
	pq := &PQ{}
	tasks := []Task{
		{"write report", 2},
		{"fix bug", 5},
		{"lunch", 1},
		{"code review", 3},
		{"deploy", 5},
		{"email", 2},
		{"meeting", 4},
	}
	for _, t := range tasks {
		pq.Push(t)
		fmt.Printf("pushed %-14q size=%d\n", t.Name, pq.Len())
	}
	fmt.Println("--- processing ---")
	for pq.Len() > 0 {
		t := pq.Pop()
		fmt.Printf("[%d] %s\n", t.Priority, t.Name)
	}
}
