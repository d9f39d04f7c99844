package main

import (
	"fmt"
	"strings"
	"unicode"
)

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. It was designed at Google in 2007 by Robert Griesemer,
Rob Pike, and Ken Thompson.`

func isVowel(r rune) bool {
	switch unicode.ToLower(r) {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

func main() {
	var letters, vowels, digits, spaces, punct int
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			letters++
			if isVowel(r) {
				vowels++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		default:
			punct++
		}
	}
	fmt.Println("letters:", letters)
	fmt.Println("vowels:", vowels, "consonants:", letters-vowels)
	fmt.Println("digits:", digits)
	fmt.Println("spaces:", spaces, "other:", punct)

	words := strings.Fields(text)
	fmt.Println("words:", len(words))
	longest := ""
	total := 0
	for _, w := range words {
		w = strings.Trim(w, ".,")
		total += len(w)
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println("longest word:", longest)
	fmt.Printf("average word length: %.2f\n", float64(total)/float64(len(words)))
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("line %d has %d characters\n", i+1, len(l))
	}
}
