package main

import "fmt"

func main() {
	n := 65
	s := string(n)
	var f float64 = 3
	t := string(f)
	fmt.Println(s, t)
}
