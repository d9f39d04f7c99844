iface_const_compare.go:15:15: v does not escape
iface_const_compare.go:32:6: 3 does not escape
iface_const_compare.go:33:13: ... argument does not escape
iface_const_compare.go:33:16: e == 3 escapes to heap
iface_const_compare.go:33:24: 3 == e escapes to heap
iface_const_compare.go:33:32: e != "x" escapes to heap
iface_const_compare.go:33:42: e == nil escapes to heap
iface_const_compare.go:35:13: ... argument does not escape
iface_const_compare.go:35:16: s == nil escapes to heap
iface_const_compare.go:37:14: f does not escape
iface_const_compare.go:38:13: ... argument does not escape
iface_const_compare.go:38:16: g == 2.0 escapes to heap
iface_const_compare.go:38:26: g == 2 escapes to heap
iface_const_compare.go:43:25: []any{...} does not escape
iface_const_compare.go:43:31: 1 does not escape
iface_const_compare.go:43:34: 2 does not escape
iface_const_compare.go:43:37: 3 does not escape
iface_const_compare.go:43:40: "hi" does not escape
iface_const_compare.go:43:46: true does not escape
iface_const_compare.go:43:54: Sq{...} does not escape
iface_const_compare.go:43:61: Sq{...} does not escape
iface_const_compare.go:43:66: 2.0 does not escape
iface_const_compare.go:44:14: ... argument does not escape
iface_const_compare.go:44:23: classify(v) escapes to heap
iface_const_compare.go:46:18: Sq{...} does not escape
iface_const_compare.go:50:14: ... argument does not escape
iface_const_compare.go:50:15: "same" escapes to heap
iface_const_compare.go:55:14: ... argument does not escape
iface_const_compare.go:55:15: "x" escapes to heap
iface_const_compare.go:57:14: ... argument does not escape
iface_const_compare.go:57:15: "nil" escapes to heap
iface_const_compare.go:59:14: ... argument does not escape
iface_const_compare.go:59:15: "other err" escapes to heap
iface_const_compare.go:61:13: ... argument does not escape
iface_const_compare.go:61:16: s == q escapes to heap
iface_const_compare.go:61:24: q == s escapes to heap
iface_const_compare.go:61:32: s != Sq{...} escapes to heap
