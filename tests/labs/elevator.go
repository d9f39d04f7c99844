package main

import "fmt"

type Direction int

const (
	Stopped Direction = iota
	Up
	Down
)

var dirNames = [...]string{"stopped", "up", "down"}

type Request struct {
	Time  int
	Floor int
}

type Elevator struct {
	Floor   int
	Dir     Direction
	Pending []int
	Moves   int
}

func (e *Elevator) Add(floor int) {
	for _, f := range e.Pending {
		if f == floor {
			return
		}
	}
	e.Pending = append(e.Pending, floor)
}

func (e *Elevator) remove(floor int) {
	for i, f := range e.Pending {
		if f == floor {
			e.Pending = append(e.Pending[:i], e.Pending[i+1:]...)
			return
		}
	}
}

func (e *Elevator) Step() {
	if len(e.Pending) == 0 {
		e.Dir = Stopped
		return
	}
	target := e.Pending[0]
	switch {
	case target > e.Floor:
		e.Dir = Up
		e.Floor++
		e.Moves++
	case target < e.Floor:
		e.Dir = Down
		e.Floor--
		e.Moves++
	}
	for _, f := range e.Pending {
		if f == e.Floor {
			fmt.Printf("    doors open at floor %d\n", e.Floor)
			e.remove(f)
			break
		}
	}
}

func main() {
	requests := []Request{{0, 5}, {1, 2}, {2, 8}, {6, 1}, {7, 5}, {15, 3}}
	e := &Elevator{Floor: 1}
	next := 0
	for t := 0; t < 25; t++ {
		for next < len(requests) && requests[next].Time == t {
			fmt.Printf("t=%2d call to floor %d\n", t, requests[next].Floor)
			e.Add(requests[next].Floor)
			next++
		}
		e.Step()
		fmt.Printf("t=%2d floor=%d dir=%-7s pending=%v\n", t, e.Floor, dirNames[e.Dir], e.Pending)
		if next == len(requests) && len(e.Pending) == 0 {
			fmt.Println("all requests served at t =", t)
			break
		}
	}
	fmt.Println("total moves:", e.Moves)
}
