inventory2.go:19:27: leaking param: it
inventory2.go:19:7: leaking param content: inv
inventory2.go:29:30: sku does not escape
inventory2.go:29:7: inv does not escape
inventory2.go:43:7: inv does not escape
inventory2.go:51:7: leaking param content: inv
inventory2.go:61:7: leaking param content: inv
inventory2.go:62:12: ... argument does not escape
inventory2.go:62:37: "SKU" escapes to heap
inventory2.go:62:44: "NAME" escapes to heap
inventory2.go:62:52: "PRICE" escapes to heap
inventory2.go:62:61: "QTY" escapes to heap
inventory2.go:63:13: ... argument does not escape
inventory2.go:63:28: strings.Repeat("-", 34) escapes to heap
inventory2.go:65:13: ... argument does not escape
inventory2.go:65:42: it.SKU escapes to heap
inventory2.go:65:50: it.Name escapes to heap
inventory2.go:65:59: it.Price escapes to heap
inventory2.go:65:69: it.Quantity escapes to heap
inventory2.go:70:9: &Inventory{} does not escape
inventory2.go:76:13: ... argument does not escape
inventory2.go:76:13: left escapes to heap
inventory2.go:76:13: ok escapes to heap
inventory2.go:78:13: ... argument does not escape
inventory2.go:78:13: left escapes to heap
inventory2.go:78:13: ok escapes to heap
inventory2.go:80:13: ... argument does not escape
inventory2.go:80:13: ok escapes to heap
inventory2.go:82:12: ... argument does not escape
inventory2.go:82:40: Inventory.Value(inv) escapes to heap
inventory2.go:83:13: ... argument does not escape
inventory2.go:83:14: "low stock:" escapes to heap
inventory2.go:83:40: strings.Join(Inventory.LowStock(inv, 10), ", ") escapes to heap
