package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrCycle = errors.New("prerequisites have a cycle")

// courses and their prerequisites
func order(prereq map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	next := map[string][]string{}
	for course, reqs := range prereq {
		if _, ok := indeg[course]; !ok {
			indeg[course] = 0
		}
		for _, r := range reqs {
			if _, ok := indeg[r]; !ok {
				indeg[r] = 0
			}
			indeg[course]++
			next[r] = append(next[r], course)
		}
	}
	var ready []string
	for c, d := range indeg {
		if d == 0 {
			ready = append(ready, c)
		}
	}
	var result []string
	for len(ready) > 0 {
		sort.Strings(ready)
		c := ready[0]
		ready = ready[1:]
		result = append(result, c)
		for _, n := range next[c] {
			indeg[n]--
			if indeg[n] == 0 {
				ready = append(ready, n)
			}
		}
	}
	if len(result) != len(indeg) {
		return result, ErrCycle
	}
	return result, nil
}

func main() {
	prereq := map[string][]string{
		"CS101": nil,
		"CS102": {"CS101"},
		"CS201": {"CS102", "MATH101"},
		"CS202": {"CS201"},
		"CS301": {"CS201", "MATH201"},
		"MATH201": {"MATH101"},
	}
	plan, err := order(prereq)
	if err != nil {
		fmt.Println("error:", err)
	}
	for i, c := range plan {
		fmt.Printf("semester %d: %s\n", i+1, c)
	}

	prereq["CS101"] = []string{"CS202"}
	plan, err = order(prereq)
	if errors.Is(err, ErrCycle) {
		fmt.Println("cycle detected, could only plan", len(plan), "courses:", plan)
	}
}
