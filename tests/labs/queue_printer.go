package main

import "fmt"

type Job struct {
	ID    int
	Owner string
	Pages int
}

type Ring struct {
	buf        []Job
	head, size int
}

func NewRing(n int) *Ring { return &Ring{buf: make([]Job, n)} }

func (r *Ring) Enqueue(j Job) bool {
	if r.size == len(r.buf) {
		return false
	}
	r.buf[(r.head+r.size)%len(r.buf)] = j
	r.size++
	return true
}

func (r *Ring) Dequeue() (Job, bool) {
	var zero Job
	if r.size == 0 {
		return zero, false
	}
	j := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return j, true
}

type Printer struct {
	name    string
	perTick int
	current *Job
	left    int
}

func (p *Printer) Tick(q *Ring, log func(string)) {
	if p.current == nil {
		j, ok := q.Dequeue()
		if !ok {
			return
		}
		p.current = &j
		p.left = j.Pages
		log(fmt.Sprintf("%s starts job %d (%s, %d pages)", p.name, j.ID, j.Owner, j.Pages))
	}
	p.left -= p.perTick
	if p.left <= 0 {
		log(fmt.Sprintf("%s finished job %d", p.name, p.current.ID))
		p.current = nil
	}
}

func main() {
	q := NewRing(4)
	owners := []string{"ann", "ben", "cat", "dan", "eve", "fay"}
	for i, o := range owners {
		if !q.Enqueue(Job{ID: i + 1, Owner: o, Pages: 3 + i*2}) {
			fmt.Println("queue full, dropped", o)
		}
	}
	lines := 0
	log := func(s string) {
		lines++
		fmt.Printf("%03d %s\n", lines, s)
	}
	printers := []*Printer{{name: "P1", perTick: 4}, {name: "P2", perTick: 3}}
	for tick := 0; tick < 8; tick++ {
		for _, p := range printers {
			p.Tick(q, log)
		}
		if tick == 2 {
			q.Enqueue(Job{ID: 99, Owner: "late", Pages: 1})
		}
	}
	fmt.Println("left in queue:", q.size, "log lines:", lines)
}
