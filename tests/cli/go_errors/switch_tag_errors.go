package main

// The tag itself: comparable, or compared with nil only.

type T struct {
	s []int
}

type A [2][]int

func main() {
	var t T
	switch t {
	case t:
	}
	var a A
	switch a {
	}
	switch nil {
	}
	var f func()
	switch f {
	case nil:
	}
	_ = nil == nil
}
