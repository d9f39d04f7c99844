iface_plugins.go:17:20: leaking param: args to result ~r0 level=1
iface_plugins.go:22:21: leaking param: args to result ~r0 level=1
iface_plugins.go:34:26: args does not escape
iface_plugins.go:34:7: c does not escape
iface_plugins.go:36:20: ... argument does not escape
iface_plugins.go:36:50: c.calls escapes to heap
iface_plugins.go:36:61: len(args) escapes to heap
iface_plugins.go:38:7: c does not escape
iface_plugins.go:44:28: leaking param: name
iface_plugins.go:44:41: leaking param: h
iface_plugins.go:44:7: r does not escape
iface_plugins.go:48:23: leaking param: line
iface_plugins.go:48:7: r does not escape
iface_plugins.go:55:24: ... argument does not escape
iface_plugins.go:55:41: fields[0] escapes to heap
iface_plugins.go:60:7: r does not escape
iface_plugins.go:61:19: []string{} escapes to heap
iface_plugins.go:67:14: ... argument does not escape
iface_plugins.go:67:20: "  " + r[name].Help() escapes to heap
iface_plugins.go:67:20: "  " + r[name].Help() escapes to heap
iface_plugins.go:72:17: Registry{} does not escape
iface_plugins.go:73:27: Echo{} escapes to heap
iface_plugins.go:74:29: Upper{} escapes to heap
iface_plugins.go:75:13: &Counter{} escapes to heap
iface_plugins.go:77:13: ... argument does not escape
iface_plugins.go:77:14: "commands:" escapes to heap
iface_plugins.go:79:19: []string{...} does not escape
iface_plugins.go:83:15: ... argument does not escape
iface_plugins.go:83:16: "error:" escapes to heap
iface_plugins.go:83:31: "(try help)" escapes to heap
iface_plugins.go:85:15: ... argument does not escape
iface_plugins.go:85:16: "error:" escapes to heap
iface_plugins.go:87:15: ... argument does not escape
iface_plugins.go:87:16: ">" escapes to heap
iface_plugins.go:87:16: out escapes to heap
iface_plugins.go:90:13: ... argument does not escape
iface_plugins.go:90:14: "counter calls:" escapes to heap
iface_plugins.go:90:39: counter.calls escapes to heap
