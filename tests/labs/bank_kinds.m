bank_kinds.go:103:3: []struct { id string; kind byte; amt float64 }{...} does not escape
bank_kinds.go:110:15: ... argument does not escape
bank_kinds.go:110:16: "no account" escapes to heap
bank_kinds.go:110:32: op.id escapes to heap
bank_kinds.go:119:7: moved to heap: oe
bank_kinds.go:120:7: moved to heap: poe
bank_kinds.go:123:14: ... argument does not escape
bank_kinds.go:123:44: op.id escapes to heap
bank_kinds.go:123:51: op.kind escapes to heap
bank_kinds.go:123:60: op.amt escapes to heap
bank_kinds.go:123:75: a.Balance() escapes to heap
bank_kinds.go:125:15: ... argument does not escape
bank_kinds.go:125:16: "value overdraft:" escapes to heap
bank_kinds.go:125:38: oe.Limit escapes to heap
bank_kinds.go:127:15: ... argument does not escape
bank_kinds.go:127:16: "pointer overdraft:" escapes to heap
bank_kinds.go:129:15: ... argument does not escape
bank_kinds.go:129:18: op.id escapes to heap
bank_kinds.go:129:23: "error:" escapes to heap
bank_kinds.go:129:42: err == ErrAmount escapes to heap
bank_kinds.go:132:17: []string{} escapes to heap
bank_kinds.go:147:13: ... argument does not escape
bank_kinds.go:147:14: id escapes to heap
bank_kinds.go:147:14: kind escapes to heap
bank_kinds.go:147:54: a.Balance() escapes to heap
bank_kinds.go:25:7: leaking param: e
bank_kinds.go:26:20: ... argument does not escape
bank_kinds.go:26:65: e.ID escapes to heap
bank_kinds.go:26:71: e.Amount escapes to heap
bank_kinds.go:26:81: e.Limit escapes to heap
bank_kinds.go:35:7: leaking param: b to result ~r0 level=1
bank_kinds.go:36:7: b does not escape
bank_kinds.go:37:7: b does not escape
bank_kinds.go:51:7: leaking param content: s
bank_kinds.go:56:24: OverdraftError{...} escapes to heap
bank_kinds.go:63:7: s does not escape
bank_kinds.go:71:7: leaking param content: c
bank_kinds.go:76:10: &OverdraftError{...} escapes to heap
bank_kinds.go:83:7: c does not escape
bank_kinds.go:91:29: map[string]Account{} does not escape
bank_kinds.go:92:29: []Account{...} does not escape
bank_kinds.go:93:3: &Savings{...} escapes to heap
bank_kinds.go:94:3: &Checking{...} escapes to heap
bank_kinds.go:95:3: &Savings{...} escapes to heap
