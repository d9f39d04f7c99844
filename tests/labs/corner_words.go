// corner_words: one of fifteen small programs on corners of what ml0c supports
// (session 9, gosmall), compared with go1.19: output and -m lines.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func wordFreq(text string) map[string]int {
	freq := make(map[string]int)
	var cur []rune
	for _, r := range strings.ToLower(text) + " " {
		if unicode.IsLetter(r) || r == '\'' {
			cur = append(cur, r)
		} else if len(cur) > 0 {
			freq[string(cur)]++
			cur = cur[:0]
		}
	}
	return freq
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var b strings.Builder
	for _, c := range s {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			b.WriteRune(unicode.ToLower(c))
		}
	}
	t := b.String()
	return t == reverse(t)
}

func caesar(s string, k int) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			out[i] = 'a' + (c-'a'+byte(k))%26
		case c >= 'A' && c <= 'Z':
			out[i] = 'A' + (c-'A'+byte(k))%26
		default:
			out[i] = c
		}
	}
	return string(out)
}

func main() {
	f := wordFreq("The cat and the hat. The END, and it's done!")
	keys := make([]string, 0, len(f))
	for k := range f {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if f[keys[i]] != f[keys[j]] {
			return f[keys[i]] > f[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Printf("%-6s %2d %s\n", k, f[k], strings.Repeat("*", f[k]))
	}
	fmt.Println(reverse("héllo 世界"), isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("nope"))
	fmt.Println(caesar("Hello, World!", 3), caesar(caesar("xyz", 3), 23))
	swapped := []rune("Hello World")
	for i, r := range swapped {
		if unicode.IsUpper(r) {
			swapped[i] = unicode.ToLower(r)
		} else {
			swapped[i] = unicode.ToUpper(r)
		}
	}
	fmt.Println(string(swapped))
	fmt.Println(unicode.IsSpace('\t'), unicode.IsDigit('٣'), unicode.IsLetter('é'), unicode.IsPunct('!'))
}
