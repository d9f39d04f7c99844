cart.go:10:7: leaking param: i
cart.go:11:20: ... argument does not escape
cart.go:11:36: i.Name escapes to heap
cart.go:11:44: i.Price escapes to heap
cart.go:19:7: d does not escape
cart.go:33:20: leaking param: name
cart.go:33:7: leaking param content: c
cart.go:37:7: c does not escape
cart.go:50:13: ... argument does not escape
cart.go:50:14: "cart of" escapes to heap
cart.go:50:29: cart.Owner escapes to heap
cart.go:52:13: ... argument does not escape
cart.go:52:42: i + 1 escapes to heap
cart.go:52:56: Item.Describe(l.Discounted.Item) escapes to heap
cart.go:52:61: l.Qty escapes to heap
cart.go:52:81: Discounted.FinalPrice(l.Discounted) * float64(l.Qty) escapes to heap
cart.go:54:12: ... argument does not escape
cart.go:54:40: Cart.Total(cart) escapes to heap
cart.go:57:13: ... argument does not escape
cart.go:57:24: first.Discounted.Item.Name escapes to heap
cart.go:57:44: cart.Lines[0].Discounted.Item.Name escapes to heap
cart.go:58:12: ... argument does not escape
cart.go:58:31: cart.Lines[1] escapes to heap
cart.go:59:12: ... argument does not escape
cart.go:59:35: cart.Lines[2].Discounted.Item escapes to heap
