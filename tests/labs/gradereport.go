package main

import (
	"fmt"
	"os"
	"strings"
)

type Student struct {
	Name   string
	Scores []int
}

func average(scores []int) (float64, int) {
	if len(scores) == 0 {
		return 0, 0
	}
	total := 0
	for _, s := range scores {
		total += s
	}
	return float64(total) / float64(len(scores)), len(scores)
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

func writeHeader(w *os.File, title string) {
	fmt.Fprintln(w, title)
	fmt.Fprintln(w, strings.Repeat("=", len(title)))
}

func writeRow(sb *strings.Builder, s Student) {
	avg, n := average(s.Scores)
	fmt.Fprintf(sb, "%-8s %3d tests  avg %6.2f  %s\n", s.Name, n, avg, letter(avg))
}

func main() {
	class := []Student{
		{"Alice", []int{92, 88, 95}},
		{"Bob", []int{75, 64, 80, 71}},
		{"Chen", []int{85, 90}},
		{"Dana", nil},
	}
	out := os.Stdout
	writeHeader(out, "Grade Report")
	var sb strings.Builder
	for _, s := range class {
		writeRow(&sb, s)
	}
	fmt.Fprint(out, sb.String())
	fmt.Println(average([]int{1, 2}))
}
