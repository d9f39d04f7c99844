inventory.go:11:12: items does not escape
inventory.go:19:14: items does not escape
inventory.go:19:28: name does not escape
inventory.go:30:15: []Item{...} does not escape
inventory.go:34:13: ... argument does not escape
inventory.go:34:21: restock(inv, "pen", 5) escapes to heap
inventory.go:34:45: restock(inv, "lamp", 1) escapes to heap
inventory.go:36:13: ... argument does not escape
inventory.go:36:39: it.Name escapes to heap
inventory.go:36:48: it.Qty escapes to heap
inventory.go:36:62: it.Price * float64(it.Qty) escapes to heap
inventory.go:38:12: ... argument does not escape
inventory.go:38:36: total(inv) escapes to heap
