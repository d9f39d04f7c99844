poly.go:100:13: ... argument does not escape
poly.go:100:14: "zero:" escapes to heap
poly.go:100:14: zero escapes to heap
poly.go:100:32: len(zero) escapes to heap
poly.go:11:7: leaking param: p to result ~r0 level=0
poly.go:18:10: a does not escape
poly.go:18:13: b does not escape
poly.go:23:11: make(Poly, n) escapes to heap
poly.go:35:10: a does not escape
poly.go:35:13: b does not escape
poly.go:36:11: make(Poly, len(a) + len(b) - 1) escapes to heap
poly.go:45:7: p does not escape
poly.go:53:7: p does not escape
poly.go:55:14: Poly{...} escapes to heap
poly.go:57:11: make(Poly, len(p) - 1) escapes to heap
poly.go:64:7: p does not escape
poly.go:74:18: ... argument does not escape
poly.go:74:18: c escapes to heap
poly.go:76:19: ... argument does not escape
poly.go:76:20: c escapes to heap
poly.go:78:19: ... argument does not escape
poly.go:78:20: c escapes to heap
poly.go:78:20: i escapes to heap
poly.go:89:11: Poly{...} escapes to heap
poly.go:90:11: Poly{...} escapes to heap
poly.go:91:13: ... argument does not escape
poly.go:91:14: "p =" escapes to heap
poly.go:91:14: p escapes to heap
poly.go:92:13: ... argument does not escape
poly.go:92:14: "q =" escapes to heap
poly.go:92:14: q escapes to heap
poly.go:93:13: ... argument does not escape
poly.go:93:14: "p + q =" escapes to heap
poly.go:93:28: Add(p, q) escapes to heap
poly.go:94:13: ... argument does not escape
poly.go:94:14: "p * q =" escapes to heap
poly.go:94:28: Mul(p, q) escapes to heap
poly.go:95:13: ... argument does not escape
poly.go:95:14: "p' =" escapes to heap
poly.go:95:30: Poly.Derive(p) escapes to heap
poly.go:97:13: ... argument does not escape
poly.go:97:14: x escapes to heap
poly.go:97:51: Poly.Eval(p, x) escapes to heap
poly.go:97:51: x escapes to heap
poly.go:97:65: Poly.Eval(q, x) escapes to heap
poly.go:99:18: Poly{...} does not escape
poly.go:99:30: Poly{...} does not escape
