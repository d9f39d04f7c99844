map_inventory.go:20:27: make(map[string]*Item) escapes to heap
map_inventory.go:20:68: map[string]int{} escapes to heap
map_inventory.go:20:9: &Store{...} escapes to heap
map_inventory.go:23:21: leaking param: name
map_inventory.go:23:7: s does not escape
map_inventory.go:28:18: &Item{...} escapes to heap
map_inventory.go:31:22: leaking param: name
map_inventory.go:31:7: s does not escape
map_inventory.go:34:27: "no such item: " + name escapes to heap
map_inventory.go:37:21: ... argument does not escape
map_inventory.go:37:43: it.Qty escapes to heap
map_inventory.go:37:43: name escapes to heap
map_inventory.go:47:7: s does not escape
map_inventory.go:48:19: []string{} escapes to heap
map_inventory.go:56:13: ... argument does not escape
map_inventory.go:56:38: it.Name escapes to heap
map_inventory.go:56:47: it.Qty escapes to heap
map_inventory.go:56:55: it.Price escapes to heap
map_inventory.go:59:12: ... argument does not escape
map_inventory.go:59:13: total escapes to heap
map_inventory.go:68:19: []string{...} does not escape
map_inventory.go:69:15: []int{...} does not escape
map_inventory.go:72:15: ... argument does not escape
map_inventory.go:72:16: "error:" escapes to heap
map_inventory.go:72:16: msg escapes to heap
map_inventory.go:76:13: ... argument does not escape
map_inventory.go:76:14: "sales:" escapes to heap
