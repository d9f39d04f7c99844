package main

import "fmt"

func shift(s string, k int) string {
	out := []byte(s)
	for i := 0; i < len(out); i++ {
		c := out[i]
		if c >= 'a' && c <= 'z' {
			out[i] = 'a' + (c-'a'+byte(k))%26
		} else if c >= 'A' && c <= 'Z' {
			out[i] = 'A' + (c-'A'+byte(k))%26
		}
	}
	return string(out)
}

func main() {
	msg := "Hello, World"
	enc := shift(msg, 3)
	fmt.Println(enc)
	fmt.Println(shift(enc, 23))
}
