iface_eval.go:21:59: ... argument does not escape
iface_eval.go:21:61: n.V escapes to heap
iface_eval.go:23:7: leaking param content: b
iface_eval.go:45:22: ... argument does not escape
iface_eval.go:45:47: b.Op escapes to heap
iface_eval.go:48:7: leaking param content: b
iface_eval.go:49:42: string(b.Op) does not escape
iface_eval.go:49:70: "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" escapes to heap
iface_eval.go:53:17: []Expr{...} does not escape
iface_eval.go:54:18: Num{...} escapes to heap
iface_eval.go:54:26: Num{...} escapes to heap
iface_eval.go:54:3: &BinOp{...} escapes to heap
iface_eval.go:55:15: &BinOp{...} escapes to heap
iface_eval.go:55:30: Num{...} escapes to heap
iface_eval.go:55:39: Num{...} escapes to heap
iface_eval.go:55:3: &BinOp{...} escapes to heap
iface_eval.go:55:48: Num{...} escapes to heap
iface_eval.go:56:18: Num{...} escapes to heap
iface_eval.go:56:23: &BinOp{...} escapes to heap
iface_eval.go:56:38: Num{...} escapes to heap
iface_eval.go:56:3: &BinOp{...} escapes to heap
iface_eval.go:56:46: Num{...} escapes to heap
iface_eval.go:57:18: Num{...} escapes to heap
iface_eval.go:57:26: Num{...} escapes to heap
iface_eval.go:57:3: &BinOp{...} escapes to heap
iface_eval.go:62:15: ... argument does not escape
iface_eval.go:62:24: e.String() escapes to heap
iface_eval.go:62:28: "error:" escapes to heap
iface_eval.go:65:14: ... argument does not escape
iface_eval.go:65:23: e.String() escapes to heap
iface_eval.go:65:27: "=" escapes to heap
iface_eval.go:65:27: v escapes to heap
