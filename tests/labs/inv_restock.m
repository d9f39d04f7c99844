inv_restock.go:16:15: inv does not escape
inv_restock.go:27:14: inv does not escape
inv_restock.go:27:35: leaking param: sku
inv_restock.go:30:14: ... argument does not escape
inv_restock.go:30:15: "unknown sku" escapes to heap
inv_restock.go:30:15: sku escapes to heap
inv_restock.go:37:12: inv does not escape
inv_restock.go:45:17: leaking param content: inv
inv_restock.go:46:31: map[string][]string{} escapes to heap
inv_restock.go:57:24: map[string]Item{...} escapes to heap
inv_restock.go:63:13: ... argument does not escape
inv_restock.go:63:14: "low:" escapes to heap
inv_restock.go:63:30: lowStock(inv) escapes to heap
inv_restock.go:68:13: ... argument does not escape
inv_restock.go:68:14: "low after:" escapes to heap
inv_restock.go:68:36: lowStock(inv) escapes to heap
inv_restock.go:69:12: ... argument does not escape
inv_restock.go:69:35: value(inv) escapes to heap
inv_restock.go:71:15: make([]string, 0, len(g)) escapes to heap
inv_restock.go:77:14: ... argument does not escape
inv_restock.go:77:14: s escapes to heap
inv_restock.go:77:19: g[s] escapes to heap
inv_restock.go:79:13: ... argument does not escape
