package main

import "fmt"

type Word struct {
	letters []rune
	first   byte
}

func last(s string) rune {
	return s[0]
}

func count(bs []byte, b byte) int {
	return 0
}

func main() {
	var r rune = 'a'
	var b byte = 'b'
	s := "hi"
	w := Word{letters: s, first: r}
	if r == s {
	}
	total := r + b
	var u uint8 = "x"
	count(s, r)
	rs := []rune(s)
	rs = append(rs, s)
	m := map[byte]rune{}
	fmt.Println(w, total, u, last(s), rs, m)
}
