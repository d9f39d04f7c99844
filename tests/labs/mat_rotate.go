package main

import "fmt"

const N = 4

type Grid [N][N]int

func (g *Grid) Rotate() {
	for layer := 0; layer < N/2; layer++ {
		first, last := layer, N-1-layer
		for i := first; i < last; i++ {
			off := i - first
			top := g[first][i]
			g[first][i] = g[last-off][first]
			g[last-off][first] = g[last][last-off]
			g[last][last-off] = g[i][last]
			g[i][last] = top
		}
	}
}

func (g Grid) Spiral() []int {
	var out []int
	top, bot, left, right := 0, N-1, 0, N-1
	for top <= bot && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, g[top][j])
		}
		top++
		for i := top; i <= bot; i++ {
			out = append(out, g[i][right])
		}
		right--
		if top <= bot {
			for j := right; j >= left; j-- {
				out = append(out, g[bot][j])
			}
			bot--
		}
		if left <= right {
			for i := bot; i >= top; i-- {
				out = append(out, g[i][left])
			}
			left++
		}
	}
	return out
}

func (g Grid) Print() {
	for _, row := range g {
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
}

func diagSums(g *Grid) (int, int) {
	a, b := 0, 0
	for i := 0; i < N; i++ {
		a += g[i][i]
		b += g[i][N-1-i]
	}
	return a, b
}

func main() {
	var g Grid
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			g[i][j] = i*N + j + 1
		}
	}
	g.Print()
	fmt.Println(g.Spiral())
	saved := g
	g.Rotate()
	g.Print()
	fmt.Println(diagSums(&g))
	fmt.Println(saved == g, saved[0], g[0])
	for k := 0; k < 3; k++ {
		g.Rotate()
	}
	fmt.Println(saved == g)
}
