toposort.go:12:12: leaking param content: prereq
toposort.go:13:25: map[string]int{} does not escape
toposort.go:14:29: map[string][]string{} does not escape
toposort.go:53:31: map[string][]string{...} does not escape
toposort.go:55:12: []string{...} escapes to heap
toposort.go:56:12: []string{...} escapes to heap
toposort.go:57:12: []string{...} escapes to heap
toposort.go:58:12: []string{...} escapes to heap
toposort.go:59:14: []string{...} escapes to heap
toposort.go:63:14: ... argument does not escape
toposort.go:63:15: "error:" escapes to heap
toposort.go:66:13: ... argument does not escape
toposort.go:66:36: c escapes to heap
toposort.go:66:36: i + 1 escapes to heap
toposort.go:69:28: []string{...} escapes to heap
toposort.go:72:14: ... argument does not escape
toposort.go:72:15: "cycle detected, could only plan" escapes to heap
toposort.go:72:53: len(plan) escapes to heap
toposort.go:72:61: "courses:" escapes to heap
toposort.go:72:61: plan escapes to heap
