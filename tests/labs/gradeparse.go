package main

import (
	"fmt"
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
	total := 0
	for _, sc := range s.Scores {
		total += sc
	}
	return float64(total) / float64(len(s.Scores))
}

func (s *Student) AddScore(sc int) {
	s.Scores = append(s.Scores, sc)
}

func parseLine(line string) (Student, error) {
	parts := strings.Split(line, ":")
	if len(parts) != 2 {
		return Student{}, fmt.Errorf("bad line %q", line)
	}
	st := Student{Name: strings.TrimSpace(parts[0])}
	for _, f := range strings.Fields(parts[1]) {
		n, err := strconv.Atoi(f)
		if err != nil {
			return st, err
		}
		st.AddScore(n)
	}
	return st, nil
}

func letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	input := []string{
		"alice: 90 95 88",
		"bob: 70 65 80",
		"carol 100",
		"dave: 85 x 90",
		"erin: 79 81",
	}
	var ok []Student
	for _, line := range input {
		st, err := parseLine(line)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		ok = append(ok, st)
	}
	for _, st := range ok {
		avg := st.Average
		fmt.Printf("%-6s %6.2f %s\n", st.Name, avg(), letter(avg()))
	}
}
