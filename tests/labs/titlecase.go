package main

import (
	"fmt"
	"strings"
	"unicode"
)

func titleCase(s string) string {
	var sb strings.Builder
	newWord := true
	for _, r := range s {
		if unicode.IsSpace(r) {
			newWord = true
			sb.WriteRune(r)
			continue
		}
		if newWord {
			sb.WriteRune(unicode.ToUpper(r))
			newWord = false
		} else {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func countKinds(s string) (letters, digits, spaces, others int) {
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		default:
			others++
		}
	}
	return
}

func main() {
	inputs := []string{"hello wORLD from go", "héllo çava", "日本語 text 42", "  spaced   out  "}
	for _, s := range inputs {
		fmt.Printf("%q -> %q\n", s, titleCase(s))
		fmt.Printf("  reversed: %s\n", reverseRunes(s))
		l, d, sp, o := countKinds(s)
		fmt.Printf("  bytes=%d runes=%d letters=%d digits=%d spaces=%d others=%d\n",
			len(s), len([]rune(s)), l, d, sp, o)
	}
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%d²=%d", i, i*i)
	}
	fmt.Println(sb.String(), sb.Len())
	for i, r := range "añb" {
		fmt.Println(i, r, string(r))
	}
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), 'a', string(rune(65+2)))
}
