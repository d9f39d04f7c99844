package main

import (
	"fmt"
	"sort"
	"strings"
)

func sortLetters(s string) string {
	r := []rune(strings.ToLower(s))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func isAnagram(a, b string) bool {
	a = strings.ReplaceAll(a, " ", "")
	b = strings.ReplaceAll(b, " ", "")
	return sortLetters(a) == sortLetters(b)
}

func main() {
	pairs := [][2]string{
		{"listen", "silent"},
		{"Dormitory", "dirty room"},
		{"hello", "world"},
		{"The eyes", "They see"},
		{"abc", "abcd"},
	}
	for _, p := range pairs {
		fmt.Printf("%-10q %-12q %v\n", p[0], p[1], isAnagram(p[0], p[1]))
	}
	fmt.Println(sortLetters("golang"))
}
