// corner_strs: one of fifteen small programs on corners of what ml0c supports
// (session 9, gosmall), compared with go1.19: output and -m lines.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("", ""))
	fmt.Printf("%q\n", strings.Split(",a,,b,", ","))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Printf("%q\n", strings.Fields("  a \t b\n c  "))
	fmt.Printf("%q\n", strings.Repeat("ab", 0))
	fmt.Printf("%q\n", strings.Repeat("", 5))
	fmt.Println(strings.Replace("aaaa", "a", "b", -1))
	fmt.Println(strings.Replace("aaaa", "a", "b", 0))
	fmt.Println(strings.Replace("aaaa", "a", "b", 1))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.ReplaceAll("banana", "na", "NA"))
	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.Trim("  hi  ", " "))
	fmt.Printf("%q\n", strings.Trim("", "x"))
	fmt.Printf("%q\n", strings.Trim("abc", ""))
	fmt.Printf("%q\n", strings.TrimSpace("\t\n hi there \r\n"))
	fmt.Println(strings.ToUpper("héllo wörld ß"))
	fmt.Println(strings.ToLower("ÀÉÎ ÖÜ"))
	fmt.Println(strings.Contains("", ""), strings.Contains("abc", ""), strings.Index("abc", ""), strings.Index("", "a"))
	fmt.Println(strings.HasPrefix("", ""), strings.HasSuffix("abc", "bc"), strings.HasPrefix("a", "ab"))
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"x"}, ", "), strings.Join([]string{"a", "b"}, ""))
	fmt.Println(len(strings.Split("a b c", " ")), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Title("hello"))
}
