package main

// A switch's case values are compared with its tag as == compares
// (go1.19 types2 caseValues: convertUntyped, then comparison).

func main() {
	x := 3
	switch x {
	case "a":
	case 1.5:
	case nil:
	case int8(1):
	case true:
	}
	var s []int
	switch s {
	case nil:
	case s:
	}
	var m map[int]int
	switch m {
	case nil:
	case m:
	}
	var p *int
	switch p {
	case nil:
	case 0:
	}
	switch x + 1 {
	case "b":
	}
}
