package main

import "fmt"

// Case values meeting an interface tag, and an interface case meeting a
// concrete tag: the constant takes its default type, which must implement
// the interface; the value compared must be comparable.

type T struct{ s []int }

func main() {
	x := 3
	var s []int
	var t T
	var e any
	switch e {
	case nil:
	case 3:
	case "a":
	case s:
	case t:
	case x:
	case 1 << 70:
	case 2.5:
	}
	var st fmt.Stringer
	switch st {
	case 3:
	case "a":
	case x:
	case nil:
	}
	switch x {
	case st:
	case e:
	}
}
