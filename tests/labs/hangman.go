package main

import (
	"fmt"
	"strings"
)

type Game struct {
	secret  string
	guessed map[rune]bool
	misses  int
	maxMiss int
}

func NewGame(secret string, maxMiss int) *Game {
	return &Game{secret: strings.ToLower(secret), guessed: map[rune]bool{}, maxMiss: maxMiss}
}

func (g *Game) Masked() string {
	var sb strings.Builder
	for _, r := range g.secret {
		if r == ' ' || g.guessed[r] {
			sb.WriteRune(r)
		} else {
			sb.WriteByte('_')
		}
	}
	return sb.String()
}

func (g *Game) Won() bool  { return !strings.Contains(g.Masked(), "_") }
func (g *Game) Lost() bool { return g.misses >= g.maxMiss }

func (g *Game) Guess(r rune) string {
	if g.guessed[r] {
		return "already guessed " + string(r)
	}
	g.guessed[r] = true
	if strings.ContainsRune(g.secret, r) {
		return fmt.Sprintf("yes! %d x %c", strings.Count(g.secret, string(r)), r)
	}
	g.misses++
	return fmt.Sprintf("no %c, %d misses left", r, g.maxMiss-g.misses)
}

func play(secret, guesses string) {
	g := NewGame(secret, 5)
	fmt.Println("new game:", g.Masked())
	for _, r := range guesses {
		fmt.Printf("%-26s %s\n", g.Guess(r), g.Masked())
		if g.Won() {
			fmt.Println("you win!")
			return
		}
		if g.Lost() {
			fmt.Println("you lose, it was", g.secret)
			return
		}
	}
	fmt.Println("out of guesses")
}

func main() {
	play("Go Gopher", "eoxgaphzr")
	play("compiler", "aeiouyst")
	play("lemon", "lel")
}
