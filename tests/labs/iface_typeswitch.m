iface_typeswitch.go:13:21: ... argument does not escape
iface_typeswitch.go:13:22: x escapes to heap
iface_typeswitch.go:15:21: ... argument does not escape
iface_typeswitch.go:15:50: len(x) escapes to heap
iface_typeswitch.go:26:21: ... argument does not escape
iface_typeswitch.go:26:22: sum escapes to heap
iface_typeswitch.go:28:23: "an error: " + x.Error() escapes to heap
iface_typeswitch.go:30:21: ... argument does not escape
iface_typeswitch.go:35:25: []interface {}{...} does not escape
iface_typeswitch.go:35:26: 42 escapes to heap
iface_typeswitch.go:35:30: -1 escapes to heap
iface_typeswitch.go:35:34: "hello" escapes to heap
iface_typeswitch.go:35:43: true escapes to heap
iface_typeswitch.go:35:59: []int{...} escapes to heap
iface_typeswitch.go:35:59: []int{...} escapes to heap
iface_typeswitch.go:35:70: 3.5 escapes to heap
iface_typeswitch.go:35:85: ... argument does not escape
iface_typeswitch.go:35:97: 7 escapes to heap
iface_typeswitch.go:37:14: ... argument does not escape
iface_typeswitch.go:37:23: describe(v) escapes to heap
iface_typeswitch.go:39:6: "text" does not escape
iface_typeswitch.go:41:14: ... argument does not escape
iface_typeswitch.go:41:15: "got string" escapes to heap
iface_typeswitch.go:41:15: s escapes to heap
iface_typeswitch.go:44:14: ... argument does not escape
iface_typeswitch.go:44:15: "not an int" escapes to heap
iface_typeswitch.go:5:15: leaking param: v
