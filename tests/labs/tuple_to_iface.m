tuple_to_iface.go:11:7: leaking param: e to result ~r0 level=1
tuple_to_iface.go:15:46: ... argument does not escape
tuple_to_iface.go:15:47: "v" escapes to heap
tuple_to_iface.go:15:53: v.n escapes to heap
tuple_to_iface.go:20:42: &E{...} escapes to heap
tuple_to_iface.go:22:45: 8 escapes to heap
tuple_to_iface.go:23:42: 7 escapes to heap
tuple_to_iface.go:23:45: 8 escapes to heap
tuple_to_iface.go:27:21: .autotmp_2 escapes to heap
tuple_to_iface.go:27:21: .autotmp_3 escapes to heap
tuple_to_iface.go:28:13: ... argument does not escape
tuple_to_iface.go:30:13: ... argument does not escape
tuple_to_iface.go:30:19: d == nil escapes to heap
tuple_to_iface.go:30:29: d != nil escapes to heap
tuple_to_iface.go:31:25: .autotmp_10 escapes to heap
tuple_to_iface.go:32:13: ... argument does not escape
tuple_to_iface.go:32:20: e2 == nil escapes to heap
tuple_to_iface.go:33:21: .autotmp_14 escapes to heap
tuple_to_iface.go:34:13: ... argument does not escape
tuple_to_iface.go:35:21: .autotmp_17 does not escape
tuple_to_iface.go:35:21: .autotmp_18 escapes to heap
tuple_to_iface.go:36:13: ... argument does not escape
tuple_to_iface.go:37:21: .autotmp_20 does not escape
tuple_to_iface.go:38:13: ... argument does not escape
tuple_to_iface.go:39:21: .autotmp_22 does not escape
tuple_to_iface.go:39:21: .autotmp_23 does not escape
tuple_to_iface.go:41:13: ... argument does not escape
tuple_to_iface.go:42:12: ... argument does not escape
tuple_to_iface.go:47:5: .autotmp_2 escapes to heap
tuple_to_iface.go:47:5: .autotmp_3 escapes to heap
tuple_to_iface.go:48:13: ... argument does not escape
tuple_to_iface.go:52:13: ... argument does not escape
tuple_to_iface.go:52:13: n escapes to heap
tuple_to_iface.go:55:16: .autotmp_10 escapes to heap
tuple_to_iface.go:55:16: .autotmp_8 escapes to heap
tuple_to_iface.go:55:16: .autotmp_9 escapes to heap
tuple_to_iface.go:56:13: ... argument does not escape
tuple_to_iface.go:56:13: arr escapes to heap
tuple_to_iface.go:56:13: pr escapes to heap
tuple_to_iface.go:57:8: .autotmp_11 escapes to heap
tuple_to_iface.go:57:8: .autotmp_12 escapes to heap
tuple_to_iface.go:58:13: ... argument does not escape
tuple_to_iface.go:58:13: arr escapes to heap
tuple_to_iface.go:58:13: pr escapes to heap
tuple_to_iface.go:60:2: .autotmp_15 escapes to heap
tuple_to_iface.go:61:13: ... argument does not escape
tuple_to_iface.go:62:21: map[string]any{} escapes to heap
tuple_to_iface.go:63:10: .autotmp_18 escapes to heap
tuple_to_iface.go:63:10: .autotmp_19 escapes to heap
tuple_to_iface.go:64:13: ... argument does not escape
