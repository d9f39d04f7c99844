package main

import (
	"fmt"
	"math"
	"sort"
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
	for _, x := range s.Scores {
		sum += x
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

func median(xs []float64) float64 {
	s := make([]float64, len(xs))
	copy(s, xs)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func stddev(xs []float64) float64 {
	mean := 0.0
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	v := 0.0
	for _, x := range xs {
		v += (x - mean) * (x - mean)
	}
	return math.Sqrt(v / float64(len(xs)))
}

func main() {
	class := []Student{
		{"Maya", []int{88, 92, 79}},
		{"Liam", []int{65, 70, 58}},
		{"Zoe", []int{95, 98, 100}},
		{"Noah", []int{72, 81, 77}},
		{"Ava", []int{88, 85, 93}},
		{"Eli", []int{}},
	}
	sort.Slice(class, func(i, j int) bool {
		return class[i].Average() > class[j].Average()
	})
	var avgs []float64
	dist := map[string]int{}
	fmt.Printf("%-4s %-6s %7s %s\n", "Rank", "Name", "Avg", "Grade")
	for i, s := range class {
		a := s.Average()
		avgs = append(avgs, a)
		g := letter(a)
		dist[g]++
		fmt.Printf("%-4d %-6s %7.2f %s\n", i+1, s.Name, a, g)
	}
	fmt.Printf("median %.2f, stddev %.3f\n", median(avgs), stddev(avgs))
	hi, lo := math.Inf(-1), math.Inf(1)
	for _, a := range avgs {
		hi = math.Max(hi, a)
		lo = math.Min(lo, a)
	}
	fmt.Println("range:", lo, "to", hi)
	for _, g := range []string{"A", "B", "C", "D", "F"} {
		fmt.Printf("%s: %d\n", g, dist[g])
	}
	names := []string{}
	for _, s := range class {
		names = append(names, s.Name)
	}
	sort.Strings(names)
	fmt.Println(names)
	ints := []int{5, 2, 9, 1}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 5))
}
