package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog and keeps running"
	freq := make(map[rune]int)
	for _, r := range text {
		if r != ' ' {
			freq[r]++
		}
	}
	letters := []string{}
	for r := range freq {
		letters = append(letters, string(r))
	}
	sort.Strings(letters)
	for _, l := range letters {
		n := freq[[]rune(l)[0]]
		fmt.Printf("%s %2d %s\n", l, n, strings.Repeat("*", n))
	}
	vowels := map[rune]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true}
	nv := 0
	for r, n := range freq {
		if vowels[r] {
			nv += n
		}
	}
	fmt.Println("vowels:", nv, "distinct letters:", len(freq))
	lengths := map[int]int{}
	for _, w := range strings.Fields(text) {
		lengths[len(w)]++
	}
	fmt.Println("word lengths:", lengths)
}
