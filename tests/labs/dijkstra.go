package main

import (
	"fmt"
	"math"
)

const INF = math.MaxInt32

var cities = []string{"A", "B", "C", "D", "E", "F"}

func dijkstra(graph [][]int, src int) ([]int, []int) {
	n := len(graph)
	dist := make([]int, n)
	prev := make([]int, n)
	done := make([]bool, n)
	for i := range dist {
		dist[i] = INF
		prev[i] = -1
	}
	dist[src] = 0
	for count := 0; count < n; count++ {
		u := -1
		for v := 0; v < n; v++ {
			if !done[v] && (u == -1 || dist[v] < dist[u]) {
				u = v
			}
		}
		if dist[u] == INF {
			break
		}
		done[u] = true
		for v, w := range graph[u] {
			if w > 0 && !done[v] && dist[u]+w < dist[v] {
				dist[v] = dist[u] + w
				prev[v] = u
			}
		}
	}
	return dist, prev
}

func path(prev []int, to int) string {
	if prev[to] == -1 {
		return cities[to]
	}
	return path(prev, prev[to]) + "->" + cities[to]
}

func main() {
	graph := [][]int{
		{0, 7, 9, 0, 0, 14},
		{7, 0, 10, 15, 0, 0},
		{9, 10, 0, 11, 0, 2},
		{0, 15, 11, 0, 6, 0},
		{0, 0, 0, 6, 0, 9},
		{14, 0, 2, 0, 9, 0},
	}
	dist, prev := dijkstra(graph, 0)
	for i, d := range dist {
		fmt.Printf("%s: %2d via %s\n", cities[i], d, path(prev, i))
	}
	// disconnect E and try again
	for i := range graph {
		graph[i][4] = 0
		graph[4][i] = 0
	}
	dist, _ = dijkstra(graph, 0)
	if dist[4] == INF {
		fmt.Println("E is unreachable")
	}
	fmt.Println(dist)
}
