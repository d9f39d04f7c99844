iface_inventory.go:18:7: leaking param: it
iface_inventory.go:19:20: ... argument does not escape
iface_inventory.go:19:42: it.Name escapes to heap
iface_inventory.go:19:51: it.Price escapes to heap
iface_inventory.go:19:61: it.Qty escapes to heap
iface_inventory.go:27:31: make(map[string]*Item) escapes to heap
iface_inventory.go:27:9: &Inventory{...} escapes to heap
iface_inventory.go:30:27: leaking param: name
iface_inventory.go:30:7: inv does not escape
iface_inventory.go:35:20: &Item{...} escapes to heap
iface_inventory.go:38:30: leaking param: name
iface_inventory.go:38:7: inv does not escape
iface_inventory.go:41:20: ... argument does not escape
iface_inventory.go:41:21: name escapes to heap
iface_inventory.go:44:20: ... argument does not escape
iface_inventory.go:44:21: name escapes to heap
iface_inventory.go:44:21: qty escapes to heap
iface_inventory.go:44:64: it.Qty escapes to heap
iface_inventory.go:53:7: inv does not escape
iface_inventory.go:61:7: inv does not escape
iface_inventory.go:62:15: make([]string, 0, len(inv.items)) escapes to heap
iface_inventory.go:68:14: ... argument does not escape
iface_inventory.go:68:15: *inv.items[name] escapes to heap
iface_inventory.go:70:12: ... argument does not escape
iface_inventory.go:70:40: (*Inventory).Total(inv) escapes to heap
iface_inventory.go:84:3: []struct { name string; qty int }{...} does not escape
iface_inventory.go:89:15: ... argument does not escape
iface_inventory.go:89:16: "ok:" escapes to heap
iface_inventory.go:89:24: o.name escapes to heap
iface_inventory.go:89:32: o.qty escapes to heap
iface_inventory.go:91:15: ... argument does not escape
iface_inventory.go:91:16: "missing:" escapes to heap
iface_inventory.go:93:15: ... argument does not escape
iface_inventory.go:93:16: "short:" escapes to heap
iface_inventory.go:95:15: ... argument does not escape
iface_inventory.go:95:16: "unexpected:" escapes to heap
