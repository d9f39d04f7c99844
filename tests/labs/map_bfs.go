package main

import (
	"fmt"
	"sort"
)

type Graph struct {
	adj map[string][]string
}

func NewGraph() *Graph {
	return &Graph{adj: map[string][]string{}}
}

func (g *Graph) AddEdge(a, b string) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

// BFS returns the distance of every reachable node from start.
func (g *Graph) BFS(start string) map[string]int {
	dist := map[string]int{start: 0}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, next := range g.adj[cur] {
			if _, seen := dist[next]; !seen {
				dist[next] = dist[cur] + 1
				queue = append(queue, next)
			}
		}
	}
	return dist
}

func main() {
	g := NewGraph()
	edges := [][2]string{{"home", "park"}, {"park", "school"}, {"home", "shop"},
		{"shop", "bank"}, {"bank", "school"}, {"school", "library"}, {"zoo", "aquarium"}}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	dist := g.BFS("home")
	nodes := make([]string, 0, len(dist))
	for n := range dist {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	for _, n := range nodes {
		fmt.Println(n, dist[n])
	}
	_, ok := dist["zoo"]
	fmt.Println("zoo reachable:", ok)
	fmt.Println("nodes in graph:", len(g.adj))
}
