iface_errtypes.go:13:56: ... argument does not escape
iface_errtypes.go:13:73: e.Line escapes to heap
iface_errtypes.go:13:7: leaking param: e
iface_errtypes.go:13:81: e.Msg escapes to heap
iface_errtypes.go:19:7: e does not escape
iface_errtypes.go:20:20: ... argument does not escape
iface_errtypes.go:20:50: e.Value escapes to heap
iface_errtypes.go:20:59: e.Min escapes to heap
iface_errtypes.go:20:66: e.Max escapes to heap
iface_errtypes.go:25:27: s does not escape
iface_errtypes.go:27:23: ... argument does not escape
iface_errtypes.go:27:24: line escapes to heap
iface_errtypes.go:30:23: ParseError{...} escapes to heap
iface_errtypes.go:30:43: "too long: " + s escapes to heap
iface_errtypes.go:34:23: ParseError{...} escapes to heap
iface_errtypes.go:34:41: ... argument does not escape
iface_errtypes.go:34:42: c escapes to heap
iface_errtypes.go:38:13: &RangeError{...} escapes to heap
iface_errtypes.go:43:15: leaking param: err
iface_errtypes.go:48:21: ... argument does not escape
iface_errtypes.go:48:49: e.Line escapes to heap
iface_errtypes.go:50:21: ... argument does not escape
iface_errtypes.go:50:57: e.Value escapes to heap
iface_errtypes.go:50:72: e.Value - e.Max escapes to heap
iface_errtypes.go:55:22: "unknown: " + err.Error() escapes to heap
iface_errtypes.go:60:20: []string{...} does not escape
iface_errtypes.go:62:25: map[string]int{} does not escape
iface_errtypes.go:68:14: ... argument does not escape
iface_errtypes.go:68:15: c escapes to heap
iface_errtypes.go:68:15: in escapes to heap
iface_errtypes.go:72:13: ... argument does not escape
iface_errtypes.go:72:14: d escapes to heap
iface_errtypes.go:72:14: in escapes to heap
iface_errtypes.go:74:13: ... argument does not escape
iface_errtypes.go:74:14: "sum:" escapes to heap
iface_errtypes.go:74:14: sum escapes to heap
iface_errtypes.go:74:27: "ok:" escapes to heap
iface_errtypes.go:74:39: kinds["ok"] escapes to heap
iface_errtypes.go:74:47: "empty:" escapes to heap
iface_errtypes.go:74:62: kinds["empty"] escapes to heap
iface_errtypes.go:77:29: []string{...} does not escape
iface_errtypes.go:84:15: ... argument does not escape
iface_errtypes.go:84:16: "range error, max" escapes to heap
iface_errtypes.go:84:38: re.Max escapes to heap
iface_errtypes.go:86:15: ... argument does not escape
iface_errtypes.go:86:16: "other:" escapes to heap
