// textstats: a lab on text processing with runes. Split a text into words
// (strings.FieldsFunc), count them, sort by frequency with sort.Sort,
// and reverse and "shout" words rune by rune with unicode/utf8.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type WordCount struct {
	Word  string
	Count int
}

type ByCount []WordCount

func (b ByCount) Len() int { return len(b) }
func (b ByCount) Less(i, j int) bool {
	if b[i].Count != b[j].Count {
		return b[i].Count > b[j].Count
	}
	return b[i].Word < b[j].Word
}
func (b ByCount) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

func isSeparator(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}

func reverse(s string) string {
	var out []byte
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		out = utf8.AppendRune(out, r)
		s = s[:len(s)-size]
	}
	return string(out)
}

func shout(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToUpper(r)
		}
		return -1
	}, s)
}

func countWords(text string) []WordCount {
	words := strings.FieldsFunc(strings.ToLower(text), isSeparator)
	var counts []WordCount
	for _, w := range words {
		found := false
		for i := range counts {
			if counts[i].Word == w {
				counts[i].Count++
				found = true
				break
			}
		}
		if !found {
			counts = append(counts, WordCount{w, 1})
		}
	}
	sort.Sort(ByCount(counts))
	return counts
}

func main() {
	text := "Le café, c'est la vie! La vie est belle; le café est noir. Über café? Ja, café."
	fmt.Println("bytes:", len(text), "runes:", utf8.RuneCountInString(text), "valid:", utf8.ValidString(text))
	counts := countWords(text)
	for i, wc := range counts {
		if i == 5 {
			break
		}
		fmt.Printf("%-6s %d\n", wc.Word, wc.Count)
	}
	fmt.Println(reverse("café noir"), shout("c'est la vie!"))
	for _, w := range []string{"é", "世界", "a\xffb"} {
		r, size := utf8.DecodeRuneInString(w)
		fmt.Println(strconv.QuoteRune(r), size, utf8.RuneLen(r), strconv.Quote(reverse(w)))
	}
	trimmed := strings.TrimFunc("¡¡Hola!!", unicode.IsPunct)
	fmt.Println(trimmed, strings.IndexFunc(text, unicode.IsUpper), strings.LastIndexFunc(text, unicode.IsUpper))
	var c interface{ Close() error } = os.Stdout
	fmt.Println(os.Stdout.Name(), c != nil)
}
