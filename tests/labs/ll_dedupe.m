ll_dedupe.go:15:26: leaking param: k
ll_dedupe.go:15:7: leaking param content: d
ll_dedupe.go:16:10: &DNode{...} escapes to heap
ll_dedupe.go:27:24: leaking param content: node
ll_dedupe.go:27:7: d does not escape
ll_dedupe.go:42:7: leaking param content: d
ll_dedupe.go:43:14: make(map[string]bool) does not escape
ll_dedupe.go:58:7: leaking param content: d
ll_dedupe.go:59:18: []string{} escapes to heap
ll_dedupe.go:66:7: leaking param content: d
ll_dedupe.go:76:28: []string{...} does not escape
ll_dedupe.go:79:13: ... argument does not escape
ll_dedupe.go:79:20: (*DList).Keys(d) escapes to heap
ll_dedupe.go:79:25: d.n escapes to heap
ll_dedupe.go:80:13: ... argument does not escape
ll_dedupe.go:80:14: "removed" escapes to heap
ll_dedupe.go:80:33: (*DList).Dedupe(d) escapes to heap
ll_dedupe.go:81:13: ... argument does not escape
ll_dedupe.go:81:20: (*DList).Keys(d) escapes to heap
ll_dedupe.go:81:34: (*DList).Backward(d) escapes to heap
ll_dedupe.go:81:39: d.n escapes to heap
ll_dedupe.go:84:12: ... argument does not escape
ll_dedupe.go:84:30: (*DList).Keys(d) escapes to heap
ll_dedupe.go:84:35: d.n escapes to heap
