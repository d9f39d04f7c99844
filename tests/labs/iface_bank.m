iface_bank.go:16:7: a does not escape
iface_bank.go:24:7: leaking param content: a
iface_bank.go:29:20: ... argument does not escape
iface_bank.go:29:21: amount escapes to heap
iface_bank.go:29:57: a.Owner escapes to heap
iface_bank.go:35:15: leaking param content: from
iface_bank.go:35:21: to does not escape
iface_bank.go:43:11: &Account{...} does not escape
iface_bank.go:44:9: &Account{...} does not escape
iface_bank.go:46:14: ... argument does not escape
iface_bank.go:46:15: "error:" escapes to heap
iface_bank.go:49:14: ... argument does not escape
iface_bank.go:49:15: "error:" escapes to heap
iface_bank.go:51:15: ... argument does not escape
iface_bank.go:51:16: "bob needs more money" escapes to heap
iface_bank.go:55:14: ... argument does not escape
iface_bank.go:55:15: "transfer ok" escapes to heap
iface_bank.go:57:13: ... argument does not escape
iface_bank.go:57:19: alice.Owner escapes to heap
iface_bank.go:57:32: alice.Balance escapes to heap
iface_bank.go:58:13: ... argument does not escape
iface_bank.go:58:17: bob.Owner escapes to heap
iface_bank.go:58:28: bob.Balance escapes to heap
