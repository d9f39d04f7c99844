package main

import (
	"fmt"
	"strconv"
)

func main() {
	var e interface{} = 1
	switch t := e.(type) { // unused in every clause: once, at the switch
	case int:
	case string:
	}
	switch t := e.(type) { // used in one clause: fine
	case int:
		fmt.Println(t)
	case string:
	}
	switch t := e.(type) {
	}
	switch t := e.(type) {
	default:
		func() { fmt.Println(t) }() // used in a closure
	}
	v, err := strconv.Atoi("1")
	if v > 0 {
		w, err := strconv.Atoi("2") // a shadowed err
		fmt.Println(w)
	}
	fmt.Println(err)
}
