package main

import (
	"fmt"
	"strings"
)

type Grade rune

func (g Grade) String() string { return string(g) }

type Scores []int

func (s Scores) Average() float64 {
	if len(s) == 0 {
		return 0
	}
	total := 0
	for _, v := range s {
		total += v
	}
	return float64(total) / float64(len(s))
}

func (s *Scores) Add(v int) {
	*s = append(*s, v)
}

func letter(avg float64) Grade {
	switch {
	case avg >= 90:
		return 'A'
	case avg >= 80:
		return 'B'
	case avg >= 70:
		return 'C'
	}
	return 'F'
}

func main() {
	const (
		maxScore = 100
		passing  = 70
	)
	var (
		students = []struct {
			name   string
			scores Scores
		}{
			{"alice", Scores{95, 88, 92}},
			{"bob", Scores{72, 65, 80}},
			{"carol", Scores{55, 61, 58}},
		}
		passed int
	)
	students[2].scores.Add(maxScore)
	type summary struct {
		name  string
		grade Grade
	}
	var results []summary
	for _, st := range students {
		avg := st.scores.Average()
		g := letter(avg)
		if avg >= passing {
			passed++
		}
		results = append(results, summary{st.name, g})
		fmt.Printf("%-6s %5.1f %c\n", st.name, avg, rune(g))
	}
	fmt.Println("passed:", passed, "of", len(students))
	var names []string
	for _, r := range results {
		names = append(names, strings.ToUpper(r.name)+"="+r.grade.String())
	}
	fmt.Println(strings.Join(names, ", "))
	first := results[0]
	fmt.Println(first == summary{"alice", 'A'}, first != results[1])
}
