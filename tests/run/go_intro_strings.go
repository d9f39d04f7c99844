// Intro course: string processing: runes, reversing, palindromes, a Caesar cipher, strings and strconv with their errors.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k))%26
		}
		return r
	}, s)
}

func main() {
	s := "Hello, 世界! héllo"
	fmt.Println(len(s), len([]rune(s)), reverse(s), strings.ToUpper(s))
	for i, r := range "aé世" {
		fmt.Printf("%d:%c:%d:%U ", i, r, r, r)
	}
	fmt.Println()
	fmt.Println(s[7], s[7:10], string(s[0]), s[:5]+"!")
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("Go"))
	fmt.Println(caesar("Hello, World", 3), caesar(caesar("abcxyz", 3), 23))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")), strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Fields("  a  b\tc\n "))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 2))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.LastIndex("go gopher", "go"), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.Contains("seafood", "foo"), strings.ContainsRune("abc", 'b'), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Printf("[%s][%s][%s][%s]\n", strings.TrimSpace("  x y  "), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabca", "a"), strings.TrimPrefix("aabca", "a"))
	fmt.Println(strings.Title("hello wide world"), strings.EqualFold("Go", "GO"), strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Compare("a", "b"), "a" < "b", "abc" > "abd", "Z" < "a")
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	n, err = strconv.Atoi("12a")
	fmt.Println(n, err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err, strconv.Itoa(-45)+"!", strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16))
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	fmt.Println(strconv.Quote("hi\t\"there\""), strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	i64, err := strconv.ParseInt("-0x1f", 0, 64)
	fmt.Println(i64, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.ToLower("ÀÉÎ"), unicode.IsUpper('É'), string(unicode.ToUpper('ß')), unicode.IsSpace('\t'), unicode.IsPunct('!'))
	words := strings.FieldsFunc("a1b2c3;;d", func(r rune) bool { return !unicode.IsLetter(r) })
	fmt.Println(words, len(words))
	bs := []byte("hello")
	bs[0] = 'H'
	fmt.Println(string(bs), bs[1:3], string(rune(65)), string(rune(0x4e16)))
}

/* OUTPUT:
21 16 olléh !界世 ,olleH HELLO, 世界! HÉLLO
0:a:97:U+0061 1:é:233:U+00E9 3:世:19990:U+4E16 
228 世 H Hello!
true false
Khoor, Zruog abcxyz
[a b  c] 1 [a b c]
["a" "b" "c"]
["a" "b:c:d"]
ababab oinky oinky oink moo moo
4 -1 3 4
true true true true 3 5
[x y][hi][bca][abca]
Hello Wide World true x-y-z
-1 true false true
key value=x true
124 <nil>
0 strconv.Atoi: parsing "12a": invalid syntax
strconv.Atoi: parsing "99999999999999999999": value out of range
3.25 <nil> -45! 11111111 -ff
false strconv.ParseBool: parsing "maybe": invalid syntax
"hi\t\"there\"" 3.14 1e+21
-31 <nil>
255 strconv.ParseUint: parsing "300": value out of range
3...2...1...liftoff 19
àéî true ß true true
[a b c d] 4
Hello [101 108] A 世
*/
