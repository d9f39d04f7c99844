// corner_utf8: one of fifteen small programs on corners of what ml0c supports
// (session 9, gosmall), compared with go1.19: output and -m lines.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "a\xffé\xe4\xb8世"
	for i, r := range s {
		fmt.Printf("%d:%q(%d) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(len(s), len([]rune(s)))
	b := []byte("héllo")
	fmt.Println(b, string(b[1:3]), s[1], s[0:1], string(s[2]), strings.ToUpper(s))
	r := []rune("世界")[0]
	fmt.Println(string(r), string(rune(0x10FFFF+1)) == "\uFFFD", string(rune(-1)))
	fmt.Printf("%x % x %X %q %+q\n", "é", "é", []byte("hi"), "é\x00", "é")
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	sb.WriteByte('!')
	sb.WriteRune('ß')
	fmt.Println(sb.String(), sb.Len(), strings.Count(sb.String(), "["))
}
