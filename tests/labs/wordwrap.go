package main

import (
	"fmt"
	"strings"
)

func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line == "" {
			line = w
		} else if len(line)+1+len(w) <= width {
			line += " " + w
		} else {
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func center(s string, width int) string {
	if len(s) >= width {
		return s
	}
	left := (width - len(s)) / 2
	return strings.Repeat(" ", left) + s
}

func main() {
	text := "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! How vexingly quick daft zebras jump."
	for _, width := range []int{20, 35} {
		fmt.Println(strings.Repeat("=", width))
		for _, l := range wrap(text, width) {
			fmt.Printf("|%-*s|\n", width, l)
		}
	}
	fmt.Println(center("title", 21) + "|")
	fmt.Println(strings.ToUpper(text[:9]), strings.Count(text, "qu"), strings.Index(text, "fox"))
}
