lru.go:102:13: ... argument does not escape
lru.go:103:13: ... argument does not escape
lru.go:103:14: "size" escapes to heap
lru.go:103:25: len(cache.items) escapes to heap
lru.go:19:45: make(map[int]*node) escapes to heap
lru.go:19:9: &LRU{...} escapes to heap
lru.go:22:22: leaking param content: n
lru.go:22:7: c does not escape
lru.go:37:25: leaking param: n
lru.go:37:7: leaking param content: c
lru.go:48:7: leaking param content: c
lru.go:58:7: leaking param content: c
lru.go:69:14: ... argument does not escape
lru.go:69:15: "evict" escapes to heap
lru.go:69:27: old.key escapes to heap
lru.go:71:7: &node{...} escapes to heap
lru.go:76:7: c does not escape
lru.go:82:19: ... argument does not escape
lru.go:82:30: n.key escapes to heap
lru.go:82:37: n.value escapes to heap
lru.go:84:11: s + "]" escapes to heap
lru.go:92:13: ... argument does not escape
lru.go:94:14: ... argument does not escape
lru.go:94:15: "got 1 =" escapes to heap
lru.go:94:15: v escapes to heap
lru.go:97:13: ... argument does not escape
lru.go:99:13: ... argument does not escape
lru.go:99:14: "2 present?" escapes to heap
lru.go:99:14: ok escapes to heap
