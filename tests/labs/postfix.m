postfix.go:13:7: leaking param content: s
postfix.go:17:7: s does not escape
postfix.go:22:9: (*Stack).Pop ignoring self-assignment in s.data = s.data[:len(s.data) - 1]
postfix.go:26:11: leaking param: expr
postfix.go:52:28: "bad token " + tok escapes to heap
postfix.go:64:19: []string{...} does not escape
postfix.go:77:14: ... argument does not escape
postfix.go:77:15: e escapes to heap
postfix.go:77:15: msg escapes to heap
postfix.go:79:14: ... argument does not escape
postfix.go:79:15: e escapes to heap
postfix.go:79:15: v escapes to heap
