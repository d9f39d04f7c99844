// Intro course: 2D slices and arrays, nested loops, a tic-tac-toe board.
package main

import "fmt"

type Board [3][3]rune

func (b *Board) Play(r, c int, p rune) bool {
	if b[r][c] != 0 {
		return false
	}
	b[r][c] = p
	return true
}

func (b Board) Winner() rune {
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

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "\n"
	}
	return s
}

func transpose(m [][]int) [][]int {
	t := make([][]int, len(m[0]))
	for i := range t {
		t[i] = make([]int, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func main() {
	var b Board
	moves := [][2]int{{0, 0}, {1, 1}, {0, 1}, {2, 2}, {0, 2}}
	for i, m := range moves {
		p := 'X'
		if i%2 == 1 {
			p = 'O'
		}
		b.Play(m[0], m[1], p)
	}
	fmt.Print(b)
	fmt.Printf("winner %c, replay ok=%v\n", b.Winner(), b.Play(0, 0, 'O'))
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(transpose(m), len(m), cap(m[0]))
	var grid [2][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*4 + j
		}
	}
	fmt.Println(grid, len(grid[0]))
}

/* OUTPUT:
XXX
.O.
..O
winner X, replay ok=false
[[1 4] [2 5] [3 6]] 2 3
[[0 1 2 3] [4 5 6 7]] 4
*/
