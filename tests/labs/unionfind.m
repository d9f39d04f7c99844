unionfind.go:12:24: make([]int, n) escapes to heap
unionfind.go:12:46: make([]int, n) escapes to heap
unionfind.go:12:7: &DSU{...} escapes to heap
unionfind.go:20:7: d does not escape
unionfind.go:22:15: (*DSU).Find ignoring self-assignment in d.parent[x] = d.parent[d.parent[x]]
unionfind.go:28:7: d does not escape
unionfind.go:37:13: (*DSU).Union ignoring self-assignment in d.size[ra] += d.size[rb]
unionfind.go:45:19: []string{...} does not escape
unionfind.go:46:19: []Edge{...} does not escape
unionfind.go:50:14: ... argument does not escape
unionfind.go:50:42: names[e.u] escapes to heap
unionfind.go:50:54: names[e.v] escapes to heap
unionfind.go:52:14: ... argument does not escape
unionfind.go:52:53: names[e.u] escapes to heap
unionfind.go:52:65: names[e.v] escapes to heap
unionfind.go:55:13: ... argument does not escape
unionfind.go:55:14: "groups:" escapes to heap
unionfind.go:55:26: d.sets escapes to heap
unionfind.go:56:16: make(map[int][]string) does not escape
unionfind.go:66:14: ... argument does not escape
unionfind.go:66:18: len(groups[r]) escapes to heap
unionfind.go:66:37: groups[r] escapes to heap
