package main

import (
	"fmt"
	"strings"
)

const input = `The quick brown fox
jumps over the lazy dog.

  Pack my box with five dozen liquor jugs!
Hello,   wörld ünïcode
`

type Stats struct {
	lines, words, bytes, runes, blank int
	letters                          [26]int
}

func (s *Stats) add(line string) {
	s.lines++
	s.bytes += len(line) + 1
	s.runes += len([]rune(line)) + 1
	f := strings.Fields(line)
	if len(f) == 0 {
		s.blank++
	}
	s.words += len(f)
	for _, r := range strings.ToLower(line) {
		if r >= 'a' && r <= 'z' {
			s.letters[r-'a']++
		}
	}
}

func (s Stats) missing() string {
	var b []byte
	for i, n := range s.letters {
		if n == 0 {
			b = append(b, byte('a'+i))
		}
	}
	return string(b)
}

func main() {
	var st Stats
	n := 0
	for _, line := range strings.Split(strings.TrimSuffix(input, "\n"), "\n") {
		n++
		st.add(line)
		fmt.Printf("%2d|%-45s|%d\n", n, line, len(strings.Fields(line)))
	}
	fmt.Println("lines", st.lines, "words", st.words, "bytes", st.bytes, "runes", st.runes, "blank", st.blank)
	fmt.Printf("missing letters: %q\n", st.missing())
	most, idx := 0, 0
	for i, c := range st.letters {
		if c > most {
			most, idx = c, i
		}
	}
	fmt.Printf("most common: %c x%d\n", 'a'+idx, most)
}
