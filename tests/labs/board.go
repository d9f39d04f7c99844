package main

import "fmt"

func winner(b [3][3]string) string {
	for i := 0; i < 3; i++ {
		if b[i][0] != "." && b[i][0] == b[i][1] && b[i][1] == b[i][2] {
			return b[i][0]
		}
		if b[0][i] != "." && b[0][i] == b[1][i] && b[1][i] == b[2][i] {
			return b[0][i]
		}
	}
	if b[1][1] != "." && b[0][0] == b[1][1] && b[1][1] == b[2][2] {
		return b[1][1]
	}
	return ""
}

func main() {
	var b [3][3]string
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			b[i][j] = "."
		}
	}
	moves := [][2]int{{0, 0}, {1, 1}, {0, 1}, {2, 2}, {0, 2}}
	player := "X"
	for _, m := range moves {
		b[m[0]][m[1]] = player
		if player == "X" {
			player = "O"
		} else {
			player = "X"
		}
	}
	for _, row := range b {
		fmt.Println(row[0], row[1], row[2])
	}
	fmt.Println("winner:", winner(b))
}
