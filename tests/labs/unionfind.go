package main

import "fmt"

type DSU struct {
	parent []int
	size   []int
	sets   int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), size: make([]int, n), sets: n}
	for i := 0; i < n; i++ {
		d.parent[i] = i
		d.size[i] = 1
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]] // path halving
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.size[ra] < d.size[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	d.sets--
	return true
}

type Edge struct{ u, v int }

func main() {
	names := []string{"ann", "bob", "cid", "dee", "eve", "fay", "gus", "hal"}
	friends := []Edge{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {0, 2}, {6, 6}, {5, 4}}
	d := NewDSU(len(names))
	for _, e := range friends {
		if d.Union(e.u, e.v) {
			fmt.Printf("joined %s and %s\n", names[e.u], names[e.v])
		} else {
			fmt.Printf("%s and %s already connected\n", names[e.u], names[e.v])
		}
	}
	fmt.Println("groups:", d.sets)
	groups := make(map[int][]string)
	var roots []int
	for i, n := range names {
		r := d.Find(i)
		if len(groups[r]) == 0 {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], n)
	}
	for _, r := range roots {
		fmt.Println(len(groups[r]), groups[r])
	}
}
