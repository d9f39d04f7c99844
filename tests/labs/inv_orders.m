inv_orders.go:31:23: leaking param content: lines
inv_orders.go:31:7: s does not escape
inv_orders.go:35:24: ... argument does not escape
inv_orders.go:35:41: l.Product escapes to heap
inv_orders.go:39:24: ... argument does not escape
inv_orders.go:39:41: l.Product escapes to heap
inv_orders.go:42:24: ... argument does not escape
inv_orders.go:42:58: l.Product escapes to heap
inv_orders.go:42:69: l.Count escapes to heap
inv_orders.go:42:78: p.Stock escapes to heap
inv_orders.go:55:20: ... argument does not escape
inv_orders.go:55:34: c / 100 escapes to heap
inv_orders.go:55:41: c % 100 escapes to heap
inv_orders.go:59:43: map[string]*Product{...} does not escape
inv_orders.go:59:7: &Store{...} does not escape
inv_orders.go:60:13: &Product{...} escapes to heap
inv_orders.go:61:13: &Product{...} escapes to heap
inv_orders.go:62:13: &Product{...} escapes to heap
inv_orders.go:64:20: [][]Line{...} does not escape
inv_orders.go:65:3: []Line{...} does not escape
inv_orders.go:66:3: []Line{...} does not escape
inv_orders.go:67:3: []Line{...} does not escape
inv_orders.go:68:3: []Line{...} does not escape
inv_orders.go:69:3: []Line{...} does not escape
inv_orders.go:70:3: []Line{...} does not escape
inv_orders.go:76:15: ... argument does not escape
inv_orders.go:76:15: i escapes to heap
inv_orders.go:76:19: "stock problem:" escapes to heap
inv_orders.go:78:15: ... argument does not escape
inv_orders.go:78:15: i escapes to heap
inv_orders.go:78:19: "rejected:" escapes to heap
inv_orders.go:80:15: ... argument does not escape
inv_orders.go:80:15: i escapes to heap
inv_orders.go:80:19: "charged" escapes to heap
inv_orders.go:80:35: cents(t) escapes to heap
inv_orders.go:83:6: moved to heap: b
inv_orders.go:84:28: []string{...} does not escape
inv_orders.go:85:14: ... argument does not escape
inv_orders.go:85:19: k escapes to heap
inv_orders.go:85:45: s.products[k].Stock escapes to heap
inv_orders.go:87:13: ... argument does not escape
inv_orders.go:87:31: strings.TrimSpace((*strings.Builder).String(b)) escapes to heap
inv_orders.go:88:13: ... argument does not escape
inv_orders.go:88:14: "revenue" escapes to heap
inv_orders.go:88:30: cents(s.revenue) escapes to heap
