package main

import "fmt"

func winner(b [3][3]byte) byte {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != ' ' && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return ' '
}

func show(b [3][3]byte) {
	for i, row := range b {
		fmt.Printf(" %c | %c | %c\n", row[0], row[1], row[2])
		if i < 2 {
			fmt.Println("---+---+---")
		}
	}
}

func main() {
	var b [3][3]byte
	for i := range b {
		for j := range b[i] {
			b[i][j] = ' '
		}
	}
	moves := [][2]int{{1, 1}, {0, 0}, {2, 2}, {0, 2}, {0, 1}, {2, 1}, {1, 0}, {1, 2}, {2, 0}}
	player := byte('X')
	for n, m := range moves {
		b[m[0]][m[1]] = player
		if w := winner(b); w != ' ' {
			show(b)
			fmt.Printf("%c wins after %d moves\n", w, n+1)
			return
		}
		if player == 'X' {
			player = 'O'
		} else {
			player = 'X'
		}
	}
	show(b)
	fmt.Println("draw")
}
