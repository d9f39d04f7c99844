package main

import (
	"fmt"
	"strings"
)

type Board [3][3]byte

func newBoard() *Board {
	b := &Board{}
	for i := range b {
		for j := range b[i] {
			b[i][j] = '.'
		}
	}
	return b
}

func (b *Board) Play(r, c int, p byte) bool {
	if b[r][c] != '.' {
		return false
	}
	b[r][c] = p
	return true
}

func (b *Board) Winner() byte {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != '.' && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return 0
}

func (b *Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for j, cell := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteByte(cell)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	b := newBoard()
	moves := [][2]int{{1, 1}, {0, 0}, {2, 2}, {0, 2}, {0, 1}, {2, 1}, {1, 0}, {1, 2}, {2, 0}}
	player := byte('X')
	for i, m := range moves {
		if !b.Play(m[0], m[1], player) {
			fmt.Println("bad move", m)
			continue
		}
		if w := b.Winner(); w != 0 {
			fmt.Printf("move %d: %c wins\n", i+1, w)
			break
		}
		if player == 'X' {
			player = 'O'
		} else {
			player = 'X'
		}
	}
	fmt.Print(b.String())
	fmt.Println("rows:", len(b), "cols:", len(b[0]))
}
