package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Counter struct {
	words, letters, digits, spaces int
}

func (c *Counter) Feed(s string) {
	inWord := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			c.letters++
		case unicode.IsDigit(r):
			c.digits++
		case unicode.IsSpace(r):
			c.spaces++
		}
		if unicode.IsSpace(r) {
			inWord = false
		} else if !inWord {
			inWord = true
			c.words++
		}
	}
}

func (c Counter) Report() string {
	var sb strings.Builder
	sb.WriteString("words=")
	sb.WriteString(fmt.Sprint(c.words))
	sb.WriteString(" letters=")
	sb.WriteString(fmt.Sprint(c.letters))
	sb.WriteString(" digits=")
	sb.WriteString(fmt.Sprint(c.digits))
	sb.WriteByte(' ')
	sb.WriteString("spaces=")
	sb.WriteString(fmt.Sprint(c.spaces))
	return sb.String()
}

func apply(lines []string, f func(string)) {
	for _, l := range lines {
		f(l)
	}
}

func main() {
	lines := []string{
		"Go is fun",
		"  2 + 2 = 4  ",
		"héllo wörld 123",
	}
	var c Counter
	apply(lines, c.Feed)
	fmt.Println(c.Report())
	report := c.Report
	c.Feed("more words here")
	fmt.Println(report())
	fmt.Println(c.Report())
}
