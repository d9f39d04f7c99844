package main

import "fmt"

func first(s string) byte {
	return s
}

func isVowel(r rune) bool {
	return r == 'a'
}

type Counter struct {
	letters map[rune]int
	last    byte
}

func main() {
	var initial byte = "A"
	var letter rune = "b"
	var bs []byte = "abc"
	var c Counter
	c.last = "x"
	letter = "c"
	c.letters["a"]++
	isVowel("e")
	bs = append(bs, "d")
	fmt.Println(initial, letter, bs, c, first("x"))
}
