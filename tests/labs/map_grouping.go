package main

import (
	"fmt"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Grade int
	Class string
}

func letter(g int) string {
	switch {
	case g >= 90:
		return "A"
	case g >= 80:
		return "B"
	case g >= 70:
		return "C"
	}
	return "F"
}

func main() {
	students := []Student{
		{"Ana", 93, "math"}, {"Ben", 71, "art"}, {"Cid", 85, "math"},
		{"Dee", 64, "art"}, {"Eve", 88, "bio"}, {"Fay", 97, "bio"}, {"Gus", 79, "math"},
	}
	byLetter := map[string][]string{}
	total := map[string]int{}
	count := map[string]int{}
	for _, s := range students {
		l := letter(s.Grade)
		byLetter[l] = append(byLetter[l], s.Name)
		total[s.Class] += s.Grade
		count[s.Class]++
	}
	letters := []string{}
	for l := range byLetter {
		letters = append(letters, l)
	}
	sort.Strings(letters)
	for _, l := range letters {
		fmt.Printf("%s: %s\n", l, strings.Join(byLetter[l], ", "))
	}
	classes := make([]string, 0, len(total))
	for c := range total {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	for _, c := range classes {
		fmt.Printf("%-5s average %.1f over %d\n", c, float64(total[c])/float64(count[c]), count[c])
	}
	fmt.Println(count)
}
