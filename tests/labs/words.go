package main

import (
	"fmt"
	"strings"
)

func longest(words []string) string {
	best := ""
	for _, w := range words {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

func main() {
	text := "  the quick brown fox jumps over the lazy dog  "
	words := strings.Fields(text)
	fmt.Println(len(words), "words")
	fmt.Println("longest:", longest(words))
	fmt.Println(strings.ToUpper(strings.TrimSpace(text)))
	fmt.Println(strings.Join(words, "-"))
	fmt.Println(strings.Contains(text, "fox"), strings.Index(text, "dog"))
	fmt.Println(strings.Repeat("ab", 3), strings.HasPrefix("golang", "go"))
}
