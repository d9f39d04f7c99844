shopreceipt.go:18:20: ... argument does not escape
shopreceipt.go:18:21: sign escapes to heap
shopreceipt.go:18:47: int(c) / 100 escapes to heap
shopreceipt.go:18:59: int(c) % 100 escapes to heap
shopreceipt.go:27:7: it does not escape
shopreceipt.go:31:7: leaking param: it
shopreceipt.go:32:20: ... argument does not escape
shopreceipt.go:32:38: it.Qty escapes to heap
shopreceipt.go:32:46: it.Name escapes to heap
shopreceipt.go:32:55: it.Price escapes to heap
shopreceipt.go:40:7: r does not escape
shopreceipt.go:48:7: leaking param content: r
shopreceipt.go:49:6: moved to heap: sb
shopreceipt.go:50:13: ... argument does not escape
shopreceipt.go:50:34: r.Store escapes to heap
shopreceipt.go:52:14: ... argument does not escape
shopreceipt.go:52:20: it escapes to heap
shopreceipt.go:52:47: Item.Total(it) escapes to heap
shopreceipt.go:54:13: ... argument does not escape
shopreceipt.go:54:34: "TOTAL" escapes to heap
shopreceipt.go:54:50: (*Receipt).Total(r) escapes to heap
shopreceipt.go:59:7: &Receipt{...} escapes to heap
shopreceipt.go:63:11: ... argument does not escape
shopreceipt.go:64:13: ... argument does not escape
shopreceipt.go:64:21: r.Items[0] escapes to heap
shopreceipt.go:64:36: r.Items[1].Price escapes to heap
shopreceipt.go:64:49: Cents(5) escapes to heap
shopreceipt.go:65:12: ... argument does not escape
shopreceipt.go:65:35: Cents(1234) escapes to heap
shopreceipt.go:65:48: Cents(1234) escapes to heap
shopreceipt.go:65:61: Cents(1234) escapes to heap
shopreceipt.go:65:74: Cents(7) escapes to heap
shopreceipt.go:66:14: ... argument does not escape
shopreceipt.go:66:33: []Cents{...} escapes to heap
shopreceipt.go:66:33: []Cents{...} escapes to heap
shopreceipt.go:67:12: ... argument does not escape
shopreceipt.go:67:29: r.Items[2] escapes to heap
shopreceipt.go:69:13: ... argument does not escape
