bankops.go:18:7: leaking param content: a
bankops.go:20:20: ... argument does not escape
bankops.go:20:21: n escapes to heap
bankops.go:23:35: "+" + strconv.Itoa(n) escapes to heap
bankops.go:27:7: leaking param content: a
bankops.go:32:35: "-" + strconv.Itoa(n) escapes to heap
bankops.go:36:10: leaking param: a
bankops.go:36:22: leaking param: cmd
bankops.go:45:35: map[string]func(int) error{...} does not escape
bankops.go:46:11: a.Deposit escapes to heap
bankops.go:47:11: a.Withdraw escapes to heap
bankops.go:51:24: ... argument does not escape
bankops.go:51:48: fields[0] escapes to heap
bankops.go:56:20: ... argument does not escape
bankops.go:56:48: fields[0] escapes to heap
bankops.go:56:54: a.Balance escapes to heap
bankops.go:60:10: &Account{...} escapes to heap
bankops.go:61:18: []string{...} does not escape
bankops.go:65:15: ... argument does not escape
bankops.go:65:15: c escapes to heap
bankops.go:65:19: "=> declined:" escapes to heap
bankops.go:67:15: ... argument does not escape
bankops.go:67:15: c escapes to heap
bankops.go:67:19: "=> error:" escapes to heap
bankops.go:69:15: ... argument does not escape
bankops.go:69:15: c escapes to heap
bankops.go:69:19: "=>" escapes to heap
bankops.go:69:19: msg escapes to heap
bankops.go:72:13: ... argument does not escape
bankops.go:72:18: acct.Owner escapes to heap
bankops.go:72:30: acct.Balance escapes to heap
bankops.go:72:52: strings.Join(acct.History, " ") escapes to heap
