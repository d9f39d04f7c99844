maze.go:22:11: grid does not escape
maze.go:31:12: grid does not escape
maze.go:33:25: map[Point]Point{} does not escape
maze.go:34:27: map[Point]bool{...} does not escape
maze.go:35:18: []Point{...} does not escape
maze.go:36:17: []Point{...} does not escape
maze.go:47:22: solve ignoring self-assignment in path[i], path[j] = path[j], path[i]
maze.go:47:22: solve ignoring self-assignment in path[i], path[j] = path[j], path[i]
maze.go:67:14: ... argument does not escape
maze.go:67:15: "no path" escapes to heap
maze.go:70:13: ... argument does not escape
maze.go:70:14: "steps:" escapes to heap
maze.go:70:33: len(path) - 1 escapes to heap
maze.go:71:14: make([][]byte, len(maze)) escapes to heap
maze.go:73:19: ([]byte)(line) escapes to heap
maze.go:79:14: ... argument does not escape
maze.go:79:21: string(r) escapes to heap
maze.go:79:21: string(r) escapes to heap
maze.go:81:13: ... argument does not escape
maze.go:81:18: path[:3] escapes to heap
maze.go:81:28: path[len(path) - 1] escapes to heap
maze.go:82:21: []string{...} does not escape
maze.go:84:13: ... argument does not escape
maze.go:84:14: "blocked solvable:" escapes to heap
maze.go:84:14: ok escapes to heap
