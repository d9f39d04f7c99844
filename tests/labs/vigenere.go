package main

import (
	"fmt"
	"strings"
)

func shift(c byte, k byte, decrypt bool) byte {
	if c < 'A' || c > 'Z' {
		return c
	}
	off := k - 'A'
	if decrypt {
		off = 26 - off
	}
	return 'A' + (c-'A'+off)%26
}

func vigenere(text, key string, decrypt bool) string {
	text = strings.ToUpper(text)
	key = strings.ToUpper(key)
	out := make([]byte, len(text))
	j := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			out[i] = shift(c, key[j%len(key)], decrypt)
			j++
		} else {
			out[i] = c
		}
	}
	return string(out)
}

func main() {
	msg := "Attack at dawn!"
	key := "lemon"
	enc := vigenere(msg, key, false)
	fmt.Println("plain:  ", msg)
	fmt.Println("cipher: ", enc)
	fmt.Println("decoded:", vigenere(enc, key, true))
	fmt.Printf("%q\n", vigenere("Hello, World", "KEY", false))
}
