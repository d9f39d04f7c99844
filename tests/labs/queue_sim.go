package main

import "fmt"

type Customer struct {
	id      int
	arrival int
	service int
}

type Queue struct {
	items []Customer
}

func (q *Queue) Enqueue(c Customer) { q.items = append(q.items, c) }

func (q *Queue) Dequeue() (Customer, bool) {
	if len(q.items) == 0 {
		return Customer{}, false
	}
	c := q.items[0]
	q.items = q.items[1:]
	return c, true
}

func (q *Queue) Len() int { return len(q.items) }

// a tiny linear congruential generator so the run is repeatable
type Rand struct{ state uint32 }

func (r *Rand) Next(n int) int {
	r.state = r.state*1103515245 + 12345
	return int((r.state/65536)%32768) % n
}

func main() {
	rng := &Rand{state: 42}
	var q Queue
	busyUntil := 0
	served, totalWait, maxLen := 0, 0, 0
	nextID := 1
	for t := 0; t < 60; t++ {
		if rng.Next(10) < 4 {
			q.Enqueue(Customer{nextID, t, 1 + rng.Next(4)})
			nextID++
		}
		if q.Len() > maxLen {
			maxLen = q.Len()
		}
		if t >= busyUntil {
			if c, ok := q.Dequeue(); ok {
				wait := t - c.arrival
				totalWait += wait
				served++
				busyUntil = t + c.service
				if served <= 5 {
					fmt.Printf("t=%2d serve customer %d (waited %d)\n", t, c.id, wait)
				}
			}
		}
	}
	fmt.Println("arrived:", nextID-1, "served:", served, "still waiting:", q.Len())
	fmt.Println("max queue length:", maxLen)
	fmt.Printf("average wait: %.3f\n", float64(totalWait)/float64(served))
}
