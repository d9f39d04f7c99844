package main

import "fmt"

func main() {
	var a []int
	a[0] := 1
	for a[1] := range a {
	}
	fmt.Println(a)
}
