package main

import (
	"fmt"
	"strings"
)

type Pos struct{ R, C int }

type Queue struct {
	items []Pos
}

func (q *Queue) Push(p Pos) { q.items = append(q.items, p) }
func (q *Queue) Pop() Pos {
	p := q.items[0]
	q.items = q.items[1:]
	return p
}
func (q *Queue) Empty() bool { return len(q.items) == 0 }

var maze = []string{
	"S.#.......",
	".##.####..",
	"....#..#.#",
	"#.#...#...",
	"..#.#.##.E",
}

func find(grid []string, ch byte) Pos {
	for r, row := range grid {
		if c := strings.IndexByte(row, ch); c >= 0 {
			return Pos{r, c}
		}
	}
	return Pos{-1, -1}
}

func bfs(grid []string, start, end Pos) ([]Pos, int) {
	dist := map[Pos]int{start: 0}
	prev := map[Pos]Pos{}
	q := &Queue{}
	q.Push(start)
	dirs := [4]Pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	visited := 0
	for !q.Empty() {
		cur := q.Pop()
		visited++
		if cur == end {
			break
		}
		for _, d := range dirs {
			n := Pos{cur.R + d.R, cur.C + d.C}
			if n.R < 0 || n.R >= len(grid) || n.C < 0 || n.C >= len(grid[0]) || grid[n.R][n.C] == '#' {
				continue
			}
			if _, seen := dist[n]; seen {
				continue
			}
			dist[n] = dist[cur] + 1
			prev[n] = cur
			q.Push(n)
		}
	}
	if _, ok := dist[end]; !ok {
		return nil, visited
	}
	var path []Pos
	for p := end; p != start; p = prev[p] {
		path = append(path, p)
	}
	path = append(path, start)
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path, visited
}

func main() {
	s, e := find(maze, 'S'), find(maze, 'E')
	fmt.Println("start", s, "end", e)
	path, visited := bfs(maze, s, e)
	fmt.Println("steps", len(path)-1, "visited", visited)
	rows := make([][]byte, len(maze))
	for i := range maze {
		rows[i] = []byte(maze[i])
	}
	for _, p := range path[1 : len(path)-1] {
		rows[p.R][p.C] = '*'
	}
	for _, r := range rows {
		fmt.Println(string(r))
	}
	blocked := append([]string{}, maze...)
	blocked[3] = "##########"
	p2, v2 := bfs(blocked, s, e)
	fmt.Println(p2 == nil, v2, maze[3])
}
