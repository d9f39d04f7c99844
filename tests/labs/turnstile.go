package main

import "fmt"

type State int

const (
	Locked State = iota
	Unlocked
	Broken
)

func (s State) String() string {
	switch s {
	case Locked:
		return "Locked"
	case Unlocked:
		return "Unlocked"
	case Broken:
		return "Broken"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event int

const (
	Coin Event = iota + 1
	Push
	Kick
	Repair
)

var eventNames = [...]string{"?", "coin", "push", "kick", "repair"}

func (e Event) String() string { return eventNames[e] }

type Turnstile struct {
	state  State
	coins  int
	passed int
}

func (t *Turnstile) Handle(e Event) {
	before := t.state
	switch t.state {
	case Locked:
		switch e {
		case Coin:
			t.coins++
			t.state = Unlocked
		case Kick:
			t.state = Broken
		}
	case Unlocked:
		switch e {
		case Coin:
			t.coins++ // thank you
		case Push:
			t.passed++
			t.state = Locked
		case Kick:
			t.state = Broken
		}
	case Broken:
		if e == Repair {
			t.state = Locked
		}
	}
	fmt.Printf("%-8v %-6v -> %v\n", before, e, t.state)
}

func main() {
	t := &Turnstile{}
	events := []Event{Push, Coin, Push, Coin, Coin, Push, Kick, Coin, Repair, Coin, Push}
	for _, e := range events {
		t.Handle(e)
	}
	fmt.Printf("coins=%d passed=%d final=%v\n", t.coins, t.passed, t.state)
	fmt.Println(State(7), Broken)
	fmt.Printf("%d %v %s\n", Unlocked, Unlocked, Push)
}
