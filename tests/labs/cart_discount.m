cart_discount.go:104:18: []Discount{...} does not escape
cart_discount.go:105:10: Percent{...} escapes to heap
cart_discount.go:106:11: BuyXGetY{...} escapes to heap
cart_discount.go:107:14: &base{...} escapes to heap
cart_discount.go:107:3: &Threshold{...} escapes to heap
cart_discount.go:109:13: ... argument does not escape
cart_discount.go:109:22: checkout(c, ds) escapes to heap
cart_discount.go:110:13: ... argument does not escape
cart_discount.go:110:22: checkout(Cart{}, ds) escapes to heap
cart_discount.go:113:13: ... argument does not escape
cart_discount.go:113:22: checkout(small, ds[1:]) escapes to heap
cart_discount.go:114:13: ... argument does not escape
cart_discount.go:114:21: c.Items[0] escapes to heap
cart_discount.go:114:29: len(c.Items) escapes to heap
cart_discount.go:18:20: leaking param: sku
cart_discount.go:18:7: leaking param content: c
cart_discount.go:28:7: c does not escape
cart_discount.go:43:7: leaking param: b to result ~r0 level=0
cart_discount.go:50:24: c does not escape
cart_discount.go:50:7: p does not escape
cart_discount.go:58:25: c does not escape
cart_discount.go:58:7: b does not escape
cart_discount.go:73:27: c does not escape
cart_discount.go:73:7: t does not escape
cart_discount.go:80:15: leaking param: c
cart_discount.go:80:23: leaking param content: ds
cart_discount.go:81:6: moved to heap: sb
cart_discount.go:83:13: ... argument does not escape
cart_discount.go:83:51: float64(sub) / 100 escapes to heap
cart_discount.go:88:15: ... argument does not escape
cart_discount.go:88:51: d.Describe() escapes to heap
cart_discount.go:88:67: float64(off) / 100 escapes to heap
cart_discount.go:94:13: ... argument does not escape
cart_discount.go:94:51: float64(total) / 100 escapes to heap
