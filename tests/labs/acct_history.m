acct_history.go:37:25: leaking param: t
acct_history.go:37:7: leaking param content: a
acct_history.go:51:7: leaking param: a
acct_history.go:52:18: ... argument does not escape
acct_history.go:52:42: a.Name escapes to heap
acct_history.go:60:19: ... argument does not escape
acct_history.go:60:48: i + 1 escapes to heap
acct_history.go:60:53: t.Kind escapes to heap
acct_history.go:60:61: running escapes to heap
acct_history.go:60:61: t.Amount escapes to heap
acct_history.go:60:80: t.Memo escapes to heap
acct_history.go:66:10: &Account{...} does not escape
acct_history.go:67:13: []Tx{...} does not escape
acct_history.go:76:14: ... argument does not escape
acct_history.go:76:44: t.Kind escapes to heap
acct_history.go:76:52: t.Amount escapes to heap
acct_history.go:76:62: t.Memo escapes to heap
acct_history.go:79:11: ... argument does not escape
acct_history.go:79:26: Account.Statement(acct) escapes to heap
acct_history.go:80:12: ... argument does not escape
acct_history.go:80:55: acct.balance escapes to heap
acct_history.go:80:68: len(acct.history) escapes to heap
