package main

import (
	"fmt"
	"sort"
	"strings"
)

func countWords(text string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(text) {
		w = strings.ToLower(strings.Trim(w, ".,!?;:"))
		if w == "" {
			continue
		}
		counts[w]++
	}
	return counts
}

func main() {
	text := `It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness. The end!`
	counts := countWords(text)
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Printf("%-12s %d\n", w, counts[w])
	}
	fmt.Println("distinct words:", len(counts))
	best, bestN := "", 0
	for _, w := range words {
		if counts[w] > bestN {
			best, bestN = w, counts[w]
		}
	}
	fmt.Println("most common:", best, bestN)
}
