package main

import (
	"fmt"
	"strconv"
)

type Kind byte

const (
	Number Kind = 'n'
	Ident  Kind = 'i'
	Op     Kind = 'o'
	Paren  Kind = 'p'
)

type Token struct {
	kind Kind
	text string
}

func (t Token) String() string {
	return fmt.Sprintf("%c:%s", t.kind, t.text)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case isDigit(c):
			start := i
			for i < len(src) && isDigit(src[i]) {
				i++
			}
			toks = append(toks, Token{Number, src[start:i]})
		case isLetter(c):
			start := i
			for i < len(src) && (isLetter(src[i]) || isDigit(src[i])) {
				i++
			}
			toks = append(toks, Token{Ident, src[start:i]})
		case c == '+' || c == '-' || c == '*' || c == '/':
			toks = append(toks, Token{Op, string(c)})
			i++
		case c == '(' || c == ')':
			toks = append(toks, Token{Paren, string(rune(c))})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

func sumDigits(s string) int {
	total := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			total += int(s[i] - '0')
		}
	}
	return total
}

func main() {
	inputs := []string{"x1 + 42*(y - 7)", "count_2/3", "a + $b", "π*2"}
	for _, in := range inputs {
		toks, err := tokenize(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(len(toks), toks)
	}
	fmt.Println(sumDigits("a1b22c333"), strconv.Quote("tab\there"))
	var k Kind = 'o'
	fmt.Printf("%v %c %T %d\n", k, k, k, Number)
	var hist [256]int
	for i := 0; i < len("hello"); i++ {
		hist["hello"[i]]++
	}
	fmt.Println(hist['l'], hist['h'], hist['z'])
}
