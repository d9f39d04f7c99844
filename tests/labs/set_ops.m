set_ops.go:10:13: xs does not escape
set_ops.go:11:11: make(Set) escapes to heap
set_ops.go:18:7: s does not escape
set_ops.go:19:7: s does not escape
set_ops.go:20:7: s does not escape
set_ops.go:22:7: s does not escape
set_ops.go:23:13: make([]int, 0, len(s)) escapes to heap
set_ops.go:31:20: t does not escape
set_ops.go:31:7: s does not escape
set_ops.go:42:24: t does not escape
set_ops.go:42:7: s does not escape
set_ops.go:52:20: t does not escape
set_ops.go:52:7: s does not escape
set_ops.go:53:10: Set{} escapes to heap
set_ops.go:62:49: ... argument does not escape
set_ops.go:62:58: Set.Sorted(s) escapes to heap
set_ops.go:62:7: s does not escape
set_ops.go:65:13: ... argument does not escape
set_ops.go:66:13: ... argument does not escape
set_ops.go:67:13: ... argument does not escape
set_ops.go:67:14: "a" escapes to heap
set_ops.go:67:22: "b" escapes to heap
set_ops.go:68:13: ... argument does not escape
set_ops.go:68:14: "union" escapes to heap
set_ops.go:69:13: ... argument does not escape
set_ops.go:69:14: "inter" escapes to heap
set_ops.go:70:13: ... argument does not escape
set_ops.go:70:14: "a-b" escapes to heap
set_ops.go:70:33: "b-a" escapes to heap
set_ops.go:73:13: ... argument does not escape
set_ops.go:73:20: len(a) escapes to heap
set_ops.go:73:30: Set.Has(a, 2) escapes to heap
set_ops.go:73:40: Set.Has(a, 1) escapes to heap
set_ops.go:74:14: Set{} does not escape
set_ops.go:78:12: ... argument does not escape
set_ops.go:78:56: len(evens) escapes to heap
