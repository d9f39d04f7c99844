package main

import (
	"fmt"
	"strconv"
)

func compress(s string) string {
	if len(s) == 0 {
		return ""
	}
	out := ""
	run := 1
	for i := 1; i <= len(s); i++ {
		if i < len(s) && s[i] == s[i-1] {
			run++
			continue
		}
		out += string(s[i-1]) + strconv.Itoa(run)
		run = 1
	}
	return out
}

func main() {
	for _, s := range []string{"aaabccdddd", "abc", "", "zzzzzzzzzzzz"} {
		fmt.Printf("%-14q %s\n", s, compress(s))
	}
}
