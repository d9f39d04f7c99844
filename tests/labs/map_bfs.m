map_bfs.go:13:40: map[string][]string{} escapes to heap
map_bfs.go:13:9: &Graph{...} escapes to heap
map_bfs.go:16:25: leaking param: a
map_bfs.go:16:28: leaking param: b
map_bfs.go:16:7: g does not escape
map_bfs.go:22:21: leaking param: start
map_bfs.go:22:7: g does not escape
map_bfs.go:23:24: map[string]int{...} escapes to heap
map_bfs.go:24:19: []string{...} does not escape
map_bfs.go:40:22: [][2]string{...} does not escape
map_bfs.go:46:15: make([]string, 0, len(dist)) escapes to heap
map_bfs.go:52:14: ... argument does not escape
map_bfs.go:52:14: n escapes to heap
map_bfs.go:52:22: dist[n] escapes to heap
map_bfs.go:55:13: ... argument does not escape
map_bfs.go:55:14: "zoo reachable:" escapes to heap
map_bfs.go:55:14: ok escapes to heap
map_bfs.go:56:13: ... argument does not escape
map_bfs.go:56:14: "nodes in graph:" escapes to heap
map_bfs.go:56:36: len(g.adj) escapes to heap
