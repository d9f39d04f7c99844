package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away!
A quick fox is a happy fox, and a lazy dog is a sleepy dog.`

func clean(w string) string {
	return strings.ToLower(strings.Trim(w, ".,;!?"))
}

type WordCount struct {
	Word  string
	Count int
}

func main() {
	counts := map[string]int{}
	lines := map[string][]int{}
	for i, line := range strings.Split(text, "\n") {
		for _, w := range strings.Fields(line) {
			w = clean(w)
			if w == "" {
				continue
			}
			counts[w]++
			ls := lines[w]
			if len(ls) == 0 || ls[len(ls)-1] != i+1 {
				lines[w] = append(ls, i+1)
			}
		}
	}
	var list []WordCount
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	fmt.Println("distinct words:", len(list))
	fmt.Println("top 5:")
	for _, wc := range list[:5] {
		fmt.Printf("  %-6s %2d %s\n", wc.Word, wc.Count, strings.Repeat("*", wc.Count))
	}
	words := make([]string, 0, len(lines))
	for w := range lines {
		words = append(words, w)
	}
	sort.Strings(words)
	fmt.Println("index:")
	for _, w := range words {
		fmt.Printf("  %s: %v\n", w, lines[w])
	}
	longest := ""
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println("longest word:", longest)
}
