package main

import "fmt"

func size() [5]int { return [5]int{} }

func main() {
	s := "abc"
	xs := []int{1, 2}
	const a = len(s)
	const b = len(xs)
	const c = len(size())
	fmt.Println(a, b, c)
}
