package main

import (
	"fmt"
	"strings"
)

var code = map[rune]string{
	'A': ".-", 'B': "-...", 'C': "-.-.", 'D': "-..", 'E': ".", 'F': "..-.",
	'G': "--.", 'H': "....", 'I': "..", 'J': ".---", 'K': "-.-", 'L': ".-..",
	'M': "--", 'N': "-.", 'O': "---", 'P': ".--.", 'Q': "--.-", 'R': ".-.",
	'S': "...", 'T': "-", 'U': "..-", 'V': "...-", 'W': ".--", 'X': "-..-",
	'Y': "-.--", 'Z': "--..",
	'0': "-----", '1': ".----", '2': "..---", '3': "...--", '4': "....-",
	'5': ".....", '6': "-....", '7': "--...", '8': "---..", '9': "----.",
}

var reverse map[string]rune

func init() {
	reverse = make(map[string]rune, len(code))
	for r, c := range code {
		reverse[c] = r
	}
}

func encode(msg string) (string, error) {
	var words []string
	for _, w := range strings.Fields(strings.ToUpper(msg)) {
		var letters []string
		for _, r := range w {
			c, ok := code[r]
			if !ok {
				return "", fmt.Errorf("cannot encode %q", r)
			}
			letters = append(letters, c)
		}
		words = append(words, strings.Join(letters, " "))
	}
	return strings.Join(words, " / "), nil
}

func decode(morse string) string {
	var sb strings.Builder
	for i, w := range strings.Split(morse, " / ") {
		if i > 0 {
			sb.WriteString(" ")
		}
		for _, l := range strings.Split(w, " ") {
			if r, ok := reverse[l]; ok {
				sb.WriteRune(r)
			} else {
				sb.WriteString("?")
			}
		}
	}
	return sb.String()
}

func main() {
	for _, msg := range []string{"SOS", "hello world", "Go 1 19", "café"} {
		m, err := encode(msg)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-12s => %s\n", msg, m)
		fmt.Printf("%-12s <= %s\n", decode(m), m)
	}
	fmt.Println(decode("... --- ..-.-. ..."))
	fmt.Println(len(code), len(reverse))
}
