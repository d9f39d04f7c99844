acct_transfer.go:19:7: e does not escape
acct_transfer.go:20:20: ... argument does not escape
acct_transfer.go:20:62: e.Need escapes to heap
acct_transfer.go:20:70: e.Have escapes to heap
acct_transfer.go:30:29: make(map[string]*Account) escapes to heap
acct_transfer.go:30:9: &Bank{...} escapes to heap
acct_transfer.go:33:21: leaking param: id
acct_transfer.go:33:25: leaking param: owner
acct_transfer.go:33:7: b does not escape
acct_transfer.go:34:7: &Account{...} escapes to heap
acct_transfer.go:39:25: leaking param: from
acct_transfer.go:39:31: leaking param: to
acct_transfer.go:39:7: b does not escape
acct_transfer.go:42:20: ... argument does not escape
acct_transfer.go:42:21: from escapes to heap
acct_transfer.go:46:20: ... argument does not escape
acct_transfer.go:46:21: to escapes to heap
acct_transfer.go:49:10: &InsufficientFunds{...} escapes to heap
acct_transfer.go:56:7: b does not escape
acct_transfer.go:57:13: make([]string, 0, len(b.accounts)) escapes to heap
acct_transfer.go:64:13: ... argument does not escape
acct_transfer.go:64:34: a.ID escapes to heap
acct_transfer.go:64:40: a.Owner escapes to heap
acct_transfer.go:64:49: a.Balance escapes to heap
acct_transfer.go:76:3: []struct { from string; to string; amt int }{...} does not escape
acct_transfer.go:85:7: moved to heap: inf
acct_transfer.go:88:15: ... argument does not escape
acct_transfer.go:88:15: i escapes to heap
acct_transfer.go:88:19: "ok" escapes to heap
acct_transfer.go:90:15: ... argument does not escape
acct_transfer.go:90:15: i escapes to heap
acct_transfer.go:90:19: "missing:" escapes to heap
acct_transfer.go:92:15: ... argument does not escape
acct_transfer.go:92:15: i escapes to heap
acct_transfer.go:92:19: "short by" escapes to heap
acct_transfer.go:92:39: inf.Need - inf.Have escapes to heap
acct_transfer.go:94:15: ... argument does not escape
acct_transfer.go:94:15: i escapes to heap
acct_transfer.go:94:19: "other" escapes to heap
