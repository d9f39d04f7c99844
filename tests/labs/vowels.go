package main

import (
	"fmt"
	"strings"
	"unicode"
)

func isVowel(r rune) bool {
	switch unicode.ToLower(r) {
	case 'a', 'e', 'i', 'o', 'u', 'é', 'è', 'ü', 'ö', 'ä':
		return true
	}
	return false
}

func capitalize(word string) string {
	rs := []rune(word)
	if len(rs) == 0 {
		return word
	}
	rs[0] = unicode.ToUpper(rs[0])
	for i := 1; i < len(rs); i++ {
		rs[i] = unicode.ToLower(rs[i])
	}
	return string(rs)
}

func stats(text string) (words, vowels, consonants, digits int) {
	for _, w := range strings.Fields(text) {
		words++
		for _, r := range w {
			switch {
			case unicode.IsDigit(r):
				digits++
			case isVowel(r):
				vowels++
			case unicode.IsLetter(r):
				consonants++
			}
		}
	}
	return
}

func longestWord(text string) (string, int) {
	best, bestLen := "", 0
	for _, w := range strings.Fields(text) {
		n := len([]rune(w))
		if n > bestLen {
			best, bestLen = w, n
		}
	}
	return best, bestLen
}

func main() {
	text := "élan VITAL über 42 Bäume and the Année 2024"
	w, v, c, d := stats(text)
	fmt.Println("words:", w, "vowels:", v, "consonants:", c, "digits:", d)
	var titled []string
	for _, word := range strings.Fields(text) {
		titled = append(titled, capitalize(word))
	}
	fmt.Println(strings.Join(titled, " "))
	word, n := longestWord(text)
	fmt.Printf("longest: %s (%d runes, %d bytes)\n", word, n, len(word))
	initials := ""
	for _, word := range strings.Fields(text) {
		for _, r := range word {
			initials += string(r)
			break
		}
	}
	fmt.Println("initials:", initials)
	count := strings.Count(strings.ToLower(text), "a")
	fmt.Println("a's:", count, strings.ContainsRune(text, 'ü'), strings.IndexRune(text, 'V'))
}
