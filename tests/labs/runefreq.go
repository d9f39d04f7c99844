package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type RuneCount struct {
	r     rune
	count int
}

func countRunes(text string) map[rune]int {
	counts := make(map[rune]int)
	for _, r := range text {
		if unicode.IsLetter(r) {
			counts[unicode.ToLower(r)]++
		}
	}
	return counts
}

func sortedCounts(counts map[rune]int) []RuneCount {
	var list []RuneCount
	for r, c := range counts {
		list = append(list, RuneCount{r, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].r < list[j].r
	})
	return list
}

func main() {
	text := "Göteborg är en stad i Sverige. Ça va? Über café, naïve Zoë!"
	counts := countRunes(text)
	list := sortedCounts(counts)
	fmt.Println("distinct letters:", len(list))
	for i, rc := range list {
		if i >= 8 {
			break
		}
		fmt.Printf("%c %q %U %d\n", rc.r, rc.r, rc.r, rc.count)
	}
	total := 0
	for _, rc := range list {
		total += rc.count
	}
	fmt.Println("letters:", total, "bytes:", len(text), "runes:", len([]rune(text)))
	first := 'a'
	fmt.Printf("%T %v %c\n", first, first, first+2)
	var upper []string
	for _, r := range "ab€ç" {
		upper = append(upper, string(unicode.ToUpper(r)))
	}
	fmt.Println(strings.Join(upper, "-"))
}
