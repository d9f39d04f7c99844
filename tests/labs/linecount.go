package main

import (
	"fmt"
	"io"
	"os"
)

// LineCounter passes everything on to another writer and counts the
// bytes and lines that went through it.
type LineCounter struct {
	out   io.Writer
	bytes int
	lines int
}

func (c *LineCounter) Write(p []byte) (int, error) {
	for _, b := range p {
		if b == '\n' {
			c.lines++
		}
	}
	n, err := c.out.Write(p)
	c.bytes += n
	return n, err
}

type Student struct {
	Name   string
	Grades []int
}

func average(xs []int) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return float64(sum) / float64(len(xs))
}

func report(w io.Writer, students []Student) {
	fmt.Fprintln(w, "Grade report")
	fmt.Fprintln(w, "------------")
	for i, s := range students {
		fmt.Fprintf(w, "%d. %-8s %6.2f\n", i+1, s.Name, average(s.Grades))
	}
}

func main() {
	students := []Student{
		{"Alice", []int{90, 85, 77}},
		{"Bob", []int{60, 70}},
		{"Carmen", []int{100, 95, 98, 91}},
		{"Dan", nil},
	}
	counter := &LineCounter{out: os.Stdout}
	report(counter, students)
	fmt.Printf("wrote %d lines, %d bytes\n", counter.lines, counter.bytes)
}
