receipt.go:17:16: []Item{...} does not escape
receipt.go:25:12: ... argument does not escape
receipt.go:25:36: "Item" escapes to heap
receipt.go:25:44: "Qty" escapes to heap
receipt.go:25:51: "Price" escapes to heap
receipt.go:25:60: "Total" escapes to heap
receipt.go:26:13: ... argument does not escape
receipt.go:26:13: line escapes to heap
receipt.go:31:13: ... argument does not escape
receipt.go:31:43: it.Name escapes to heap
receipt.go:31:52: it.Qty escapes to heap
receipt.go:31:60: it.Price escapes to heap
receipt.go:31:60: total escapes to heap
receipt.go:33:13: ... argument does not escape
receipt.go:33:13: line escapes to heap
receipt.go:35:12: ... argument does not escape
receipt.go:35:30: "Subtotal:" escapes to heap
receipt.go:35:30: subtotal escapes to heap
receipt.go:36:12: ... argument does not escape
receipt.go:36:41: ... argument does not escape
receipt.go:36:41: fmt.Sprintf("Tax (%.2f%%):", ... argument...) escapes to heap
receipt.go:36:41: tax escapes to heap
receipt.go:36:66: taxRate * 100 escapes to heap
receipt.go:37:12: ... argument does not escape
receipt.go:37:30: "TOTAL:" escapes to heap
receipt.go:37:48: subtotal + tax escapes to heap
receipt.go:40:12: ... argument does not escape
receipt.go:40:13: change escapes to heap
receipt.go:40:13: paid escapes to heap
receipt.go:42:16: []int{...} does not escape
receipt.go:43:19: []string{...} does not escape
receipt.go:46:14: ... argument does not escape
receipt.go:46:15: n escapes to heap
receipt.go:46:39: names[i] escapes to heap
receipt.go:50:12: ... argument does not escape
receipt.go:50:59: 3.14159 escapes to heap
receipt.go:50:68: 2.5 escapes to heap
receipt.go:50:73: 42 escapes to heap
receipt.go:50:77: 42 escapes to heap
receipt.go:50:81: 255 escapes to heap
receipt.go:50:86: "right" escapes to heap
