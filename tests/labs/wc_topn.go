package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`

type WordCount struct {
	Word  string
	Count int
}

func tokenize(s string) []string {
	f := func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }
	words := strings.FieldsFunc(s, f)
	for i, w := range words {
		words[i] = strings.ToLower(w)
	}
	return words
}

func count(words []string) map[string]int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return m
}

func topN(m map[string]int, n int) []WordCount {
	list := make([]WordCount, 0, len(m))
	for w, c := range m {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if n > len(list) {
		n = len(list)
	}
	return list[:n]
}

func main() {
	words := tokenize(text)
	fmt.Println(len(words), "words")
	m := count(words)
	fmt.Println(len(m), "distinct")
	for i, wc := range topN(m, 6) {
		bar := strings.Repeat("#", wc.Count)
		fmt.Printf("%d. %-8s %2d %s\n", i+1, wc.Word, wc.Count, bar)
	}
	fmt.Println(topN(m, 100)[len(m)-3:])
	longest := ""
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Printf("longest: %q (%d)\n", longest, len(longest))
}
