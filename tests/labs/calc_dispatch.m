calc_dispatch.go:102:10: func literal escapes to heap
calc_dispatch.go:102:15: leaking param: s
calc_dispatch.go:102:47: ... argument does not escape
calc_dispatch.go:102:48: "  " escapes to heap
calc_dispatch.go:102:48: s escapes to heap
calc_dispatch.go:105:13: ... argument does not escape
calc_dispatch.go:105:14: "ops:" escapes to heap
calc_dispatch.go:105:33: OpTable.Names(c.ops) escapes to heap
calc_dispatch.go:106:28: []string{...} does not escape
calc_dispatch.go:109:15: ... argument does not escape
calc_dispatch.go:109:16: "error:" escapes to heap
calc_dispatch.go:109:40: errors.Is(err, ErrDivZero) escapes to heap
calc_dispatch.go:112:14: ... argument does not escape
calc_dispatch.go:112:14: e escapes to heap
calc_dispatch.go:112:18: "=" escapes to heap
calc_dispatch.go:112:18: v escapes to heap
calc_dispatch.go:114:13: ... argument does not escape
calc_dispatch.go:114:14: "steps:" escapes to heap
calc_dispatch.go:114:14: steps escapes to heap
calc_dispatch.go:14:7: t does not escape
calc_dispatch.go:16:28: []string{...} does not escape
calc_dispatch.go:40:7: leaking param content: c
calc_dispatch.go:42:7: c does not escape
calc_dispatch.go:47:10: (*Calc).pop ignoring self-assignment in c.stack = c.stack[:len(c.stack) - 1]
calc_dispatch.go:51:21: leaking param: expr
calc_dispatch.go:51:7: leaking param content: c
calc_dispatch.go:52:10: (*Calc).Eval ignoring self-assignment in c.stack = c.stack[:0]
calc_dispatch.go:53:8: func literal does not escape
calc_dispatch.go:55:20: ... argument does not escape
calc_dispatch.go:55:21: expr escapes to heap
calc_dispatch.go:72:23: ... argument does not escape
calc_dispatch.go:72:24: a escapes to heap
calc_dispatch.go:72:24: b escapes to heap
calc_dispatch.go:72:24: r escapes to heap
calc_dispatch.go:72:24: tok escapes to heap
calc_dispatch.go:83:23: ... argument does not escape
calc_dispatch.go:83:45: len(c.stack) escapes to heap
calc_dispatch.go:89:2: moved to heap: steps
calc_dispatch.go:90:7: &Calc{...} does not escape
calc_dispatch.go:91:15: OpTable{...} escapes to heap
calc_dispatch.go:92:9: func literal escapes to heap
calc_dispatch.go:93:9: func literal escapes to heap
calc_dispatch.go:94:9: func literal escapes to heap
calc_dispatch.go:95:9: func literal escapes to heap
