package main

import "fmt"

type Tally map[rune]int

func main() {
	counts := map[rune]int{"a": 1}
	vowels := []rune{"a", 'e'}
	grid := [2][]byte{{"x"}}
	t := Tally{'a': "one"}
	fmt.Println(counts, vowels, grid, t)
}
