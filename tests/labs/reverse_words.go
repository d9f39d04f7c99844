package main

import (
	"fmt"
	"strings"
)

func reverse(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[len(words)-1-i] = w
	}
	return out
}

func capitalize(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

func main() {
	line := "go is fun to learn"
	words := strings.Split(line, " ")
	rev := reverse(words)
	fmt.Println(strings.Join(rev, " "))
	for i := range rev {
		rev[i] = capitalize(rev[i])
	}
	fmt.Println(rev, len(rev))
}
