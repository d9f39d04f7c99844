package main

import (
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
	Legs() int
	fmt.Stringer
}

// Base holds what every animal has; its String is promoted.
type Base struct {
	Name string
	Age  int
}

func (b Base) String() string { return fmt.Sprintf("%s (%d)", b.Name, b.Age) }

type Dog struct {
	Base
	Breed string
}

func (d Dog) Sound() string { return "woof" }
func (d Dog) Legs() int     { return 4 }

type Bird struct {
	Base
	CanFly bool
}

func (b Bird) Sound() string { return "tweet" }
func (b Bird) Legs() int     { return 2 }

type Snake struct {
	Base
}

func (s Snake) Sound() string { return "hiss" }
func (s Snake) Legs() int     { return 0 }
func (s Snake) String() string {
	return "snake " + s.Name
}

func main() {
	zoo := []Animal{
		Dog{Base{"Rex", 3}, "lab"},
		Bird{Base{"Tweety", 1}, true},
		Snake{Base{"Kaa", 7}},
		Dog{Base{"Fido", 5}, "pug"},
		Bird{Base{"Pingu", 2}, false},
	}
	legs := 0
	bySound := map[string][]string{}
	for _, a := range zoo {
		legs += a.Legs()
		bySound[a.Sound()] = append(bySound[a.Sound()], a.String())
		fmt.Println(a, "says", a.Sound())
	}
	fmt.Println("total legs:", legs)
	sounds := make([]string, 0, len(bySound))
	for s := range bySound {
		sounds = append(sounds, s)
	}
	sort.Strings(sounds)
	for _, s := range sounds {
		fmt.Printf("%s: %s\n", s, strings.Join(bySound[s], ", "))
	}
	for _, a := range zoo {
		switch v := a.(type) {
		case Dog:
			fmt.Println(v.Name, "is a", v.Breed)
		case Bird:
			if !v.CanFly {
				fmt.Println(v.Name, "cannot fly")
			}
		}
	}
	sort.Slice(zoo, func(i, j int) bool { return zoo[i].String() < zoo[j].String() })
	fmt.Println(zoo)
}
