bfs_grid.go:14:7: leaking param content: q
bfs_grid.go:15:7: q does not escape
bfs_grid.go:17:10: (*Queue).Pop ignoring self-assignment in q.items = q.items[1:]
bfs_grid.go:20:7: q does not escape
bfs_grid.go:30:11: grid does not escape
bfs_grid.go:39:10: grid does not escape
bfs_grid.go:40:21: map[Pos]int{...} does not escape
bfs_grid.go:41:21: map[Pos]Pos{} does not escape
bfs_grid.go:42:7: &Queue{} does not escape
bfs_grid.go:74:20: bfs ignoring self-assignment in path[i], path[j] = path[j], path[i]
bfs_grid.go:74:20: bfs ignoring self-assignment in path[i], path[j] = path[j], path[i]
bfs_grid.go:81:13: ... argument does not escape
bfs_grid.go:81:14: "start" escapes to heap
bfs_grid.go:81:14: s escapes to heap
bfs_grid.go:81:26: "end" escapes to heap
bfs_grid.go:81:26: e escapes to heap
bfs_grid.go:83:13: ... argument does not escape
bfs_grid.go:83:14: "steps" escapes to heap
bfs_grid.go:83:32: len(path) - 1 escapes to heap
bfs_grid.go:83:36: "visited" escapes to heap
bfs_grid.go:83:36: visited escapes to heap
bfs_grid.go:84:14: make([][]byte, len(maze)) escapes to heap
bfs_grid.go:86:19: ([]byte)(maze[i]) escapes to heap
bfs_grid.go:92:14: ... argument does not escape
bfs_grid.go:92:21: string(r) escapes to heap
bfs_grid.go:92:21: string(r) escapes to heap
bfs_grid.go:94:28: []string{} does not escape
bfs_grid.go:97:13: ... argument does not escape
bfs_grid.go:97:17: p2 == nil escapes to heap
bfs_grid.go:97:17: v2 escapes to heap
bfs_grid.go:97:33: maze[3] escapes to heap
