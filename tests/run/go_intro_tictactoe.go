// Intro course: tic-tac-toe: an array type with methods, value vs
// pointer receivers, a labelled loop, strings.Builder rendering, a move
// validator returning (bool, error), an interface for players and a
// scripted player as a closure-backed type.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Board [3][3]byte

func (b Board) String() string {
	var sb strings.Builder
	for r, row := range b {
		for c, cell := range row {
			if cell == 0 {
				cell = '.'
			}
			sb.WriteByte(cell)
			if c < 2 {
				sb.WriteByte(' ')
			}
		}
		if r < 2 {
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

func (b *Board) Place(r, c int, mark byte) (bool, error) {
	if r < 0 || r > 2 || c < 0 || c > 2 {
		return false, fmt.Errorf("cell (%d,%d) off the board", r, c)
	}
	if b[r][c] != 0 {
		return false, errors.New("cell taken")
	}
	b[r][c] = mark
	return b.Winner() == mark, nil
}

func (b Board) Winner() byte {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != 0 && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return 0
}

type Player interface {
	Mark() byte
	Next(b Board) (int, int)
}

type scripted struct {
	mark  byte
	moves [][2]int
	i     int
}

func (s *scripted) Mark() byte { return s.mark }

func (s *scripted) Next(Board) (int, int) {
	m := s.moves[s.i%len(s.moves)]
	s.i++
	return m[0], m[1]
}

func play(players []Player) (winner byte, turns int) {
	var b Board
game:
	for turns = 0; turns < 9; {
		for _, p := range players {
			r, c := p.Next(b)
			won, err := b.Place(r, c, p.Mark())
			if err != nil {
				fmt.Printf("%c tried (%d,%d): %v\n", p.Mark(), r, c, err)
				continue
			}
			turns++
			if won {
				winner = p.Mark()
				break game
			}
			if turns == 9 {
				break game
			}
		}
	}
	fmt.Println(b)
	return
}

func main() {
	x := &scripted{mark: 'X', moves: [][2]int{{1, 1}, {0, 0}, {2, 2}, {0, 2}}}
	o := &scripted{mark: 'O', moves: [][2]int{{1, 1}, {0, 1}, {3, 0}, {2, 0}, {1, 0}}}
	w, n := play([]Player{x, o})
	if w == 0 {
		fmt.Println("draw after", n)
	} else {
		fmt.Printf("%c wins after %d turns\n", w, n)
	}
	var b Board
	b.Place(0, 0, 'O')
	c := b
	c.Place(1, 1, 'X')
	fmt.Println(b.Winner() == 0, c[1][1] == 'X', b[1][1] == 0)
	fmt.Println(c)
}

/* OUTPUT:
O tried (1,1): cell taken
X O .
. X .
. . X
X wins after 4 turns
true true true
O . .
. X .
. . .
*/
