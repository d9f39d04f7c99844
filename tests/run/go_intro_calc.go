// A tokenizer and calculator as an intro course writes it: a lexer over
// runes, tokens as a struct with a kind, a recursive-descent parser for
// + - * / and parentheses, numbers read with strconv, errors reported.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"
)

type Kind int

const (
	Num Kind = iota
	Op
	LParen
	RParen
)

func (k Kind) String() string {
	return [...]string{"Num", "Op", "LParen", "RParen"}[k]
}

type Token struct {
	Kind Kind
	Text string
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	runes := []rune(s)
	for i := 0; i < len(runes); {
		r := runes[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(runes) && (unicode.IsDigit(runes[j]) || runes[j] == '.') {
				j++
			}
			toks = append(toks, Token{Num, string(runes[i:j])})
			i = j
		case r == '+' || r == '-' || r == '*' || r == '/':
			toks = append(toks, Token{Op, string(r)})
			i++
		case r == '(':
			toks = append(toks, Token{LParen, "("})
			i++
		case r == ')':
			toks = append(toks, Token{RParen, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return toks, nil
}

type Parser struct {
	toks []Token
	pos  int
}

var ErrDivZero = errors.New("division by zero")

func (p *Parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *Parser) expr() (float64, error) {
	left, err := p.term()
	if err != nil {
		return 0, err
	}
	for t := p.peek(); t != nil && t.Kind == Op && (t.Text == "+" || t.Text == "-"); t = p.peek() {
		p.pos++
		right, err := p.term()
		if err != nil {
			return 0, err
		}
		if t.Text == "+" {
			left += right
		} else {
			left -= right
		}
	}
	return left, nil
}

func (p *Parser) term() (float64, error) {
	left, err := p.factor()
	if err != nil {
		return 0, err
	}
	for t := p.peek(); t != nil && t.Kind == Op && (t.Text == "*" || t.Text == "/"); t = p.peek() {
		p.pos++
		right, err := p.factor()
		if err != nil {
			return 0, err
		}
		if t.Text == "*" {
			left *= right
		} else if right == 0 {
			return 0, ErrDivZero
		} else {
			left /= right
		}
	}
	return left, nil
}

func (p *Parser) factor() (float64, error) {
	t := p.peek()
	if t == nil {
		return 0, errors.New("unexpected end")
	}
	p.pos++
	switch t.Kind {
	case Num:
		return strconv.ParseFloat(t.Text, 64)
	case LParen:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if c := p.peek(); c == nil || c.Kind != RParen {
			return 0, errors.New("missing )")
		}
		p.pos++
		return v, nil
	case Op:
		if t.Text == "-" {
			v, err := p.factor()
			return -v, err
		}
	}
	return 0, fmt.Errorf("unexpected %v %q", t.Kind, t.Text)
}

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.pos < len(toks) {
		err = fmt.Errorf("extra input at token %d", p.pos)
	}
	return v, err
}

func main() {
	exprs := []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2 + 3) * 2", "2 * (3 + 4) - 5 / (1 + 1)",
		"1 / 0", "1.2.3 + 1", "4 $ 4", "(1 + 2", "3 4", ""}
	for _, e := range exprs {
		v, err := eval(e)
		if errors.Is(err, ErrDivZero) {
			fmt.Printf("%-28q => math error: %v\n", e, err)
		} else if err != nil {
			fmt.Printf("%-28q => error: %v\n", e, err)
		} else {
			fmt.Printf("%-28q => %g\n", e, v)
		}
	}
	toks, _ := tokenize("(7+8)*9")
	fmt.Println(toks)
}

/* OUTPUT:
"1 + 2 * 3"                  => 7
"(1 + 2) * 3"                => 9
"10 / 4"                     => 2.5
"-(2 + 3) * 2"               => -10
"2 * (3 + 4) - 5 / (1 + 1)"  => 11.5
"1 / 0"                      => math error: division by zero
"1.2.3 + 1"                  => error: strconv.ParseFloat: parsing "1.2.3": invalid syntax
"4 $ 4"                      => error: unexpected '$' at 2
"(1 + 2"                     => error: missing )
"3 4"                        => error: extra input at token 1
""                           => error: unexpected end
[{LParen (} {Num 7} {Op +} {Num 8} {RParen )} {Op *} {Num 9}]
*/
