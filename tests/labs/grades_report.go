package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Student struct {
	Name   string
	Scores []int
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	sum := 0
	for _, v := range s.Scores {
		sum += v
	}
	return float64(sum) / float64(len(s.Scores))
}

func letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	case avg >= 60:
		return "D"
	default:
		return "F"
	}
}

type Class struct {
	students map[string]*Student
}

func (c *Class) Record(name string, score int) {
	s, ok := c.students[name]
	if !ok {
		s = &Student{Name: name}
		c.students[name] = s
	}
	s.Scores = append(s.Scores, score)
}

func (c *Class) Ranked() []*Student {
	out := make([]*Student, 0, len(c.students))
	for _, s := range c.students {
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	sort.SliceStable(out, func(i, j int) bool { return out[i].Average() > out[j].Average() })
	return out
}

func main() {
	c := &Class{students: map[string]*Student{}}
	data := "amy:91 bo:78 amy:85 cy:62 bo:88 dee:45 cy:71 amy:99 dee:59 ed:x8 ed:80 ed:80"
	for _, tok := range strings.Fields(data) {
		parts := strings.Split(tok, ":")
		n, err := strconv.Atoi(parts[1])
		if err != nil {
			fmt.Println(err)
			continue
		}
		c.Record(parts[0], n)
	}
	dist := map[string]int{}
	for i, s := range c.Ranked() {
		avg := s.Average()
		g := letter(avg)
		dist[g]++
		fmt.Printf("%d %-4s %6.2f %s %v\n", i+1, s.Name, avg, g, s.Scores)
	}
	fmt.Println(dist)
}
