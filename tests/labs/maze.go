package main

import (
	"fmt"
	"strings"
)

type Point struct{ R, C int }

var maze = []string{
	"##########",
	"#S...#...#",
	"#.##.#.#.#",
	"#.#..#.#.#",
	"#.#.##.#.#",
	"#...#..#E#",
	"###.#.##.#",
	"#.....#..#",
	"##########",
}

func find(grid []string, ch byte) Point {
	for r, row := range grid {
		if c := strings.IndexByte(row, ch); c >= 0 {
			return Point{r, c}
		}
	}
	return Point{-1, -1}
}

func solve(grid []string) ([]Point, bool) {
	start, end := find(grid, 'S'), find(grid, 'E')
	prev := map[Point]Point{}
	visited := map[Point]bool{start: true}
	queue := []Point{start}
	dirs := []Point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			var path []Point
			for p := end; p != start; p = prev[p] {
				path = append(path, p)
			}
			path = append(path, start)
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path, true
		}
		for _, d := range dirs {
			n := Point{cur.R + d.R, cur.C + d.C}
			if grid[n.R][n.C] == '#' || visited[n] {
				continue
			}
			visited[n] = true
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	return nil, false
}

func main() {
	path, ok := solve(maze)
	if !ok {
		fmt.Println("no path")
		return
	}
	fmt.Println("steps:", len(path)-1)
	rows := make([][]byte, len(maze))
	for i, line := range maze {
		rows[i] = []byte(line)
	}
	for _, p := range path[1 : len(path)-1] {
		rows[p.R][p.C] = '*'
	}
	for _, r := range rows {
		fmt.Println(string(r))
	}
	fmt.Println(path[:3], path[len(path)-1])
	blocked := []string{"#####", "#S#E#", "#####"}
	_, ok = solve(blocked)
	fmt.Println("blocked solvable:", ok)
}
