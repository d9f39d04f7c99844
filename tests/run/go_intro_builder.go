// Intro course: strings.Builder, strings functions, runes, a histogram.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func histogram(vals []int) string {
	var sb strings.Builder
	for i, v := range vals {
		fmt.Fprintf(&sb, "%2d | %s\n", i, strings.Repeat("*", v))
	}
	return sb.String()
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
	for _, c := range strings.ToLower(s) {
		if unicode.IsLetter(c) {
			b.WriteRune(c)
		}
	}
	t := b.String()
	return t == reverse(t)
}

func main() {
	fmt.Print(histogram([]int{3, 0, 5, 1}))
	fmt.Println(reverse("héllo, 世界"))
	for _, s := range []string{"A man, a plan, a canal: Panama", "Go gopher"} {
		fmt.Printf("%q palindrome=%t\n", s, isPalindrome(s))
	}
	words := strings.Fields("  the quick  brown fox ")
	fmt.Println(len(words), strings.Join(words, "-"))
	fmt.Println(strings.ToUpper("abc"), strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"))
	fmt.Println(strings.Split("a,b,c", ","), strings.TrimSpace("  x  "), strings.Replace("oink oink", "k", "ky", -1))
	var sb strings.Builder
	sb.WriteString("len=")
	sb.WriteByte('3')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Title("hello"), strings.HasPrefix("golang", "go"), strings.Count("cheese", "e"))
}

/* OUTPUT:
 0 | ***
 1 | 
 2 | *****
 3 | *
界世 ,olléh
"A man, a plan, a canal: Panama" palindrome=true
"Go gopher" palindrome=false
4 the-quick-brown-fox
ABC true 4
[a b c] x oinky oinky
len=3 5
Hello true 3
*/
