package main

import "fmt"

const rows, cols = 8, 10

type Grid [rows][cols]bool

func neighbors(g *Grid, r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+rows)%rows, (c+dc+cols)%cols
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func step(g *Grid) *Grid {
	var next Grid
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			n := neighbors(g, r, c)
			next[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
	return &next
}

func show(g *Grid, gen int) {
	fmt.Println("generation", gen)
	for r := 0; r < rows; r++ {
		line := ""
		for c := 0; c < cols; c++ {
			if g[r][c] {
				line += "#"
			} else {
				line += "."
			}
		}
		fmt.Println(line)
	}
}

func main() {
	g := &Grid{}
	// a glider
	g[0][1] = true
	g[1][2] = true
	g[2][0], g[2][1], g[2][2] = true, true, true
	// a blinker
	g[5][6], g[5][7], g[5][8] = true, true, true
	for gen := 0; gen < 4; gen++ {
		show(g, gen)
		g = step(g)
	}
}
