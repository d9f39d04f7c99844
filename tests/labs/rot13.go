package main

import (
	"fmt"
	"strings"
)

func rot13Byte(b byte) byte {
	switch {
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func rot13(s string) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		out[i] = rot13Byte(s[i])
	}
	return string(out)
}

func atbash(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			r = 'z' - (r - 'a')
		} else if r >= 'A' && r <= 'Z' {
			r = 'Z' - (r - 'A')
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func checksum(s string) byte {
	var sum byte
	for i := 0; i < len(s); i++ {
		sum += s[i]
	}
	return sum
}

func main() {
	msgs := []string{"Hello, World!", "Why did the chicken cross the road?", "Gur pnxr vf n yvr", "naïve café"}
	for _, m := range msgs {
		enc := rot13(m)
		fmt.Printf("%s -> %s -> %s\n", m, enc, rot13(enc))
		fmt.Printf("  atbash: %s, checksum %d (%#x)\n", atbash(m), checksum(m), checksum(m))
	}
	var b byte = 250
	b += 10
	fmt.Println("wrapped byte:", b)
	var u uint8 = 'A'
	fmt.Printf("%T %v %c %08b\n", u, u, u, u)
	letters := []byte("abc")
	letters = append(letters, 'd')
	letters = append(letters, "ef"...)
	fmt.Println(string(letters), letters)
	fmt.Printf("%x %X % x\n", "hi!", []byte("hi!"), "hi!")
}
