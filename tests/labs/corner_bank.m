corner_bank.go:15:7: e does not escape
corner_bank.go:16:20: ... argument does not escape
corner_bank.go:16:62: e.Need escapes to heap
corner_bank.go:16:70: e.Have escapes to heap
corner_bank.go:25:7: leaking param content: a
corner_bank.go:30:43: ... argument does not escape
corner_bank.go:30:44: n escapes to heap
corner_bank.go:34:7: leaking param content: a
corner_bank.go:36:10: &InsufficientFunds{...} escapes to heap
corner_bank.go:39:43: ... argument does not escape
corner_bank.go:39:44: n escapes to heap
corner_bank.go:43:7: a does not escape
corner_bank.go:55:44: &Node{...} escapes to heap
corner_bank.go:55:7: leaking param content: l
corner_bank.go:56:7: l does not escape
corner_bank.go:62:18: ... argument does not escape
corner_bank.go:62:20: n.Val escapes to heap
corner_bank.go:64:11: s + "]" escapes to heap
corner_bank.go:68:30: map[string]*Account{} does not escape
corner_bank.go:69:31: []string{...} does not escape
corner_bank.go:70:17: &Account{...} escapes to heap
corner_bank.go:72:13: ... argument does not escape
corner_bank.go:74:6: moved to heap: inf
corner_bank.go:76:14: ... argument does not escape
corner_bank.go:76:15: "as:" escapes to heap
corner_bank.go:76:30: inf.Need - inf.Have escapes to heap
corner_bank.go:78:13: ... argument does not escape
corner_bank.go:79:15: make([]string, 0) escapes to heap
corner_bank.go:86:13: ... argument does not escape
corner_bank.go:86:32: a.Owner escapes to heap
corner_bank.go:86:49: Account.Balance(a) escapes to heap
corner_bank.go:86:54: a.history escapes to heap
corner_bank.go:92:13: ... argument does not escape
corner_bank.go:92:22: (*List).String(l) escapes to heap
corner_bank.go:92:27: l.size escapes to heap
corner_bank.go:94:13: ... argument does not escape
corner_bank.go:94:26: (*List).String(empty) escapes to heap
corner_bank.go:94:41: empty.head == nil escapes to heap
corner_bank.go:95:12: ... argument does not escape
corner_bank.go:95:25: *accts["carol"] escapes to heap
corner_bank.go:95:46: Node{...} escapes to heap
