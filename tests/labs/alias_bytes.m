alias_bytes.go:17:15: p does not escape
alias_bytes.go:25:13: p does not escape
alias_bytes.go:32:12: p does not escape
alias_bytes.go:33:13: make([]byte, 0, len(p) * 2) escapes to heap
alias_bytes.go:37:15: string(out) escapes to heap
alias_bytes.go:40:14: s does not escape
alias_bytes.go:44:11: make([]byte, len(s) / 2) escapes to heap
alias_bytes.go:49:26: ... argument does not escape
alias_bytes.go:49:27: i escapes to heap
alias_bytes.go:56:12: p does not escape
alias_bytes.go:64:12: payload does not escape
alias_bytes.go:65:13: []byte{...} escapes to heap
alias_bytes.go:72:13: ... argument does not escape
alias_bytes.go:72:17: len(p) escapes to heap
alias_bytes.go:72:23: p[0] escapes to heap
alias_bytes.go:72:29: p[1] escapes to heap
alias_bytes.go:73:13: ... argument does not escape
alias_bytes.go:73:19: toHex(p) escapes to heap
alias_bytes.go:74:12: ... argument does not escape
alias_bytes.go:74:50: checksum(p[:len(p) - 1]) escapes to heap
alias_bytes.go:74:72: xorAll(p) escapes to heap
alias_bytes.go:74:89: checksum(p) == 0 escapes to heap
alias_bytes.go:76:13: ... argument does not escape
alias_bytes.go:76:20: string(q[2:len(q) - 1]) escapes to heap
alias_bytes.go:76:20: string(q[2:len(q) - 1]) escapes to heap
alias_bytes.go:78:13: ... argument does not escape
alias_bytes.go:78:14: "error:" escapes to heap
alias_bytes.go:80:13: ... argument does not escape
alias_bytes.go:80:14: "error:" escapes to heap
alias_bytes.go:83:12: ... argument does not escape
alias_bytes.go:83:13: body escapes to heap
alias_bytes.go:83:37: body escapes to heap
alias_bytes.go:83:37: body[0] escapes to heap
alias_bytes.go:86:13: ... argument does not escape
alias_bytes.go:86:13: b escapes to heap
alias_bytes.go:86:18: b >> 1 escapes to heap
alias_bytes.go:86:24: b << 7 escapes to heap
alias_bytes.go:86:29: ^b escapes to heap
alias_bytes.go:87:12: ... argument does not escape
alias_bytes.go:87:13: b escapes to heap
alias_bytes.go:87:36: p[:4] escapes to heap
alias_bytes.go:87:42: "hi" escapes to heap
alias_bytes.go:87:51: 'A' + b escapes to heap
