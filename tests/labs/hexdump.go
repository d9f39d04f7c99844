package main

import (
	"fmt"
	"strings"
)

const hexDigits = "0123456789abcdef"

func hexByte(b byte) string {
	return string([]byte{hexDigits[b>>4], hexDigits[b&0x0f]})
}

func dump(data []byte) string {
	var sb strings.Builder
	for off := 0; off < len(data); off += 8 {
		end := off + 8
		if end > len(data) {
			end = len(data)
		}
		sb.WriteString(fmt.Sprintf("%04x: ", off))
		for i := off; i < off+8; i++ {
			if i < end {
				sb.WriteString(hexByte(data[i]))
				sb.WriteByte(' ')
			} else {
				sb.WriteString("   ")
			}
		}
		for _, c := range data[off:end] {
			if c >= 32 && c < 127 {
				sb.WriteByte(c)
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func utf8Len(b byte) int {
	switch {
	case b < 0x80:
		return 1
	case b>>5 == 0x6:
		return 2
	case b>>4 == 0xe:
		return 3
	case b>>3 == 0x1e:
		return 4
	}
	return 0
}

func main() {
	text := "Go: ñ, €, 😀!"
	fmt.Print(dump([]byte(text)))
	var seq []int
	for i := 0; i < len(text); {
		n := utf8Len(text[i])
		seq = append(seq, n)
		i += n
	}
	fmt.Println(seq, len(seq) == len([]rune(text)))
	var counts [256]int
	for i := 0; i < len(text); i++ {
		counts[text[i]]++
	}
	fmt.Println(counts[' '], counts[','], counts[0xe2])
	fmt.Printf("%x|% X|%q|%+q\n", text[4:6], []byte("€"), 'ñ', "ñ")
}
