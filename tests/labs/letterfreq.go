package main

import (
	"fmt"
	"strings"
)

func main() {
	text := "It was the best of times, it was the worst of times, it was the age of wisdom"
	var counts [26]int
	total := 0
	for _, c := range strings.ToLower(text) {
		if c >= 'a' && c <= 'z' {
			counts[c-'a']++
			total++
		}
	}
	fmt.Println("letters:", total)
	for i, n := range counts {
		if n == 0 {
			continue
		}
		pct := float64(n) * 100 / float64(total)
		fmt.Printf("%c %3d %5.1f%% %s\n", 'a'+i, n, pct, strings.Repeat("*", n))
	}
	maxI := 0
	for i := range counts {
		if counts[i] > counts[maxI] {
			maxI = i
		}
	}
	fmt.Printf("most common: %q (%d)\n", rune('a'+maxI), counts[maxI])
	fmt.Println(string(rune('a'+maxI)), string("abc"[1]))
}
