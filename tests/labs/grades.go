package main

import "fmt"

type Student struct {
	Name  string
	Score int
}

func letter(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	case score >= 60:
		return "D"
	default:
		return "F"
	}
}

func average(students []Student) float64 {
	total := 0
	for _, s := range students {
		total += s.Score
	}
	return float64(total) / float64(len(students))
}

func main() {
	class := []Student{
		{"Ana", 93},
		{"Ben", 78},
		{"Cleo", 85},
		{"Dev", 59},
	}
	for _, s := range class {
		fmt.Printf("%-5s %3d %s\n", s.Name, s.Score, letter(s.Score))
	}
	fmt.Printf("class average: %.1f\n", average(class))
}
