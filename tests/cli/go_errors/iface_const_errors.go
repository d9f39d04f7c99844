package main

import "fmt"

func main() {
	var e any = 3
	var s fmt.Stringer
	fmt.Println(s == 3)
	fmt.Println(e + 3)
	fmt.Println(e < 3)
	fmt.Println(e == 1<<70)
}

func cases(e any, s fmt.Stringer) {
	switch s {
	case 3:
	}
	switch e {
	case 1 << 70:
	}
}
