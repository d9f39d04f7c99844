package main

import "fmt"

// A switch without a tag compares each case with true, a typed bool.

type B bool

type S string

type Byte byte

func f() {}

func main() {
	x := 3
	var b B
	var e any
	switch {
	case 1:
	case x:
	case nil:
	case "a":
	case b:
	case e:
		fmt.Println("an interface holding true")
	}
	var n S
	switch n {
	case "a":
	case 3:
	}
	switch f {
	case nil:
	case f:
	}
	var y Byte
	switch y {
	case 300:
	case 1.5:
	}
}
