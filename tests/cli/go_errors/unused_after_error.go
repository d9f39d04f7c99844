package main

import "fmt"

func one() int { return 1 }

func main() {
	x := 1
	x = undefinedThing // a failed assignment: x counts as used
	a, b := one()      // so do the names of a failed declaration
	var c int = "s"
	g := 1
	g = "s"
	r := one() + "x"
	kept := 2 // still reported beside the other errors
	fmt.Println(undefinedToo)
}
