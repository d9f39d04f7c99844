poly_eval.go:100:13: ... argument does not escape
poly_eval.go:100:14: "p =" escapes to heap
poly_eval.go:100:14: p escapes to heap
poly_eval.go:100:24: "deg" escapes to heap
poly_eval.go:100:39: Poly.Degree(p) escapes to heap
poly_eval.go:101:13: ... argument does not escape
poly_eval.go:101:14: "q =" escapes to heap
poly_eval.go:101:14: q escapes to heap
poly_eval.go:102:13: ... argument does not escape
poly_eval.go:102:14: "p+q =" escapes to heap
poly_eval.go:102:28: Poly.Add(p, q) escapes to heap
poly_eval.go:103:13: ... argument does not escape
poly_eval.go:103:14: "p*q =" escapes to heap
poly_eval.go:103:28: Poly.Mul(p, q) escapes to heap
poly_eval.go:104:13: ... argument does not escape
poly_eval.go:104:14: "p' =" escapes to heap
poly_eval.go:104:30: Poly.Derive(p) escapes to heap
poly_eval.go:104:34: "p'' =" escapes to heap
poly_eval.go:104:60: Poly.Derive(.autotmp_2) escapes to heap
poly_eval.go:106:13: ... argument does not escape
poly_eval.go:106:14: x escapes to heap
poly_eval.go:106:36: Poly.Eval(p, x) escapes to heap
poly_eval.go:109:35: Poly.Mul(.autotmp_5, q) escapes to heap
poly_eval.go:110:13: ... argument does not escape
poly_eval.go:110:21: Poly{} escapes to heap
poly_eval.go:110:21: Poly{} escapes to heap
poly_eval.go:110:29: Poly{...} escapes to heap
poly_eval.go:110:29: Poly{...} escapes to heap
poly_eval.go:110:54: Poly.Mul(Poly(nil), p) == nil escapes to heap
poly_eval.go:111:12: ... argument does not escape
poly_eval.go:111:13: p escapes to heap
poly_eval.go:111:13: p escapes to heap
poly_eval.go:111:13: q escapes to heap
poly_eval.go:11:7: p does not escape
poly_eval.go:20:7: p does not escape
poly_eval.go:28:19: q does not escape
poly_eval.go:28:7: p does not escape
poly_eval.go:33:13: make(Poly, n) escapes to heap
poly_eval.go:41:19: q does not escape
poly_eval.go:41:7: p does not escape
poly_eval.go:45:13: make(Poly, len(p) + len(q) - 1) escapes to heap
poly_eval.go:54:7: p does not escape
poly_eval.go:56:14: Poly{...} escapes to heap
poly_eval.go:58:13: make(Poly, len(p) - 1) escapes to heap
poly_eval.go:65:7: p does not escape
poly_eval.go:75:18: ... argument does not escape
poly_eval.go:75:18: c escapes to heap
poly_eval.go:81:18: ... argument does not escape
poly_eval.go:81:18: c escapes to heap
poly_eval.go:87:20: ... argument does not escape
poly_eval.go:87:21: i escapes to heap
poly_eval.go:98:11: Poly{...} escapes to heap
poly_eval.go:99:11: Poly{...} escapes to heap
