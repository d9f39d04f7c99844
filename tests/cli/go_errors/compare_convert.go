package main

// == with an untyped operand: a number converts to the other operand's
// type and fails there ("cannot convert", named by its underlying type);
// a string, a bool or nil that does not fit is a mismatch.

type P *int

type MS []int

type S string

type B byte

func main() {
	var p P
	var ms MS
	var n S
	var b B
	x := 3
	_ = p == 0
	_ = ms == 1
	_ = n == 3
	_ = b == 300
	_ = x == "a"
	_ = x == nil
	_ = true == nil
	_ = "a" == nil
}
