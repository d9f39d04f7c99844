package main

func main() {
	if x := 1; true { // an if's init
	}
	switch y := 2; {
	}
	for i := 0; ; { // a for's init
		break
	}
	for i, v := range []int{1} {
	}
	var n int
	for n = range []int{1} { // range with =: a store
	}
	f := func() {
		inner := 1 // in a func literal
	}
	f()
}
