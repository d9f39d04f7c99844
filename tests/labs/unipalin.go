package main

import (
	"fmt"
	"unicode"
)

func normalize(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

func reverse(rs []rune) []rune {
	res := make([]rune, len(rs))
	for i, r := range rs {
		res[len(rs)-1-i] = r
	}
	return res
}

func isPalindrome(s string) bool {
	rs := normalize(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func naiveReverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	phrases := []string{
		"A man, a plan, a canal: Panama",
		"Ésope reste ici et se repose",
		"été",
		"Hello, 世界",
		"上海自来水来自海上",
		"No 'x' in Nixon",
		"12321",
		"",
	}
	for _, p := range phrases {
		fmt.Printf("%-32q palindrome=%t runes=%d bytes=%d\n", p, isPalindrome(p), len([]rune(p)), len(p))
	}
	s := "héllo"
	fmt.Println(string(reverse([]rune(s))))
	fmt.Println(naiveReverse("abc"), len(naiveReverse(s)), naiveReverse(s) == s)
	fmt.Printf("%q\n", naiveReverse(s))
}
