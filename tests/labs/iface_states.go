package main

import "fmt"

// A traffic light / turnstile style state machine with an interface.
type State interface {
	Name() string
	Next(event string) State
}

type Locked struct{ coins int }
type Unlocked struct{ passes int }
type Broken struct{ reason string }

func (l Locked) Name() string { return "locked" }
func (l Locked) Next(event string) State {
	switch event {
	case "coin":
		return Unlocked{}
	case "kick":
		return Broken{"kicked while locked"}
	}
	return l
}

func (u Unlocked) Name() string { return "unlocked" }
func (u Unlocked) Next(event string) State {
	switch event {
	case "push":
		return Locked{}
	case "coin":
		fmt.Println("  (thanks for the extra coin)")
		return u
	case "kick":
		return Broken{"kicked while open"}
	}
	return u
}

func (b Broken) Name() string { return "broken: " + b.reason }
func (b Broken) Next(event string) State {
	if event == "repair" {
		return Locked{}
	}
	return b
}

func main() {
	var s State = Locked{}
	events := []string{"push", "coin", "coin", "push", "kick", "coin", "repair", "coin", "push"}
	visits := map[string]int{}
	for i, e := range events {
		prev := s.Name()
		s = s.Next(e)
		visits[s.Name()]++
		fmt.Printf("%d: %-8s %s -> %s\n", i+1, e, prev, s.Name())
	}
	fmt.Println("locked:", visits["locked"], "unlocked:", visits["unlocked"])
	if b, ok := s.(Broken); ok {
		fmt.Println("ended broken:", b.reason)
	} else {
		fmt.Println("ended in", s.Name())
	}
}
