rot13.go:18:12: s does not escape
rot13.go:19:13: make([]byte, len(s)) escapes to heap
rot13.go:23:15: string(out) escapes to heap
rot13.go:26:13: s does not escape
rot13.go:39:15: s does not escape
rot13.go:48:18: []string{...} does not escape
rot13.go:51:13: ... argument does not escape
rot13.go:51:14: enc escapes to heap
rot13.go:51:14: m escapes to heap
rot13.go:51:47: rot13(enc) escapes to heap
rot13.go:52:13: ... argument does not escape
rot13.go:52:57: atbash(m) escapes to heap
rot13.go:52:70: checksum(m) escapes to heap
rot13.go:52:83: checksum(m) escapes to heap
rot13.go:56:13: ... argument does not escape
rot13.go:56:14: "wrapped byte:" escapes to heap
rot13.go:56:14: b escapes to heap
rot13.go:58:12: ... argument does not escape
rot13.go:58:13: u escapes to heap
rot13.go:58:13: u escapes to heap
rot13.go:58:13: u escapes to heap
rot13.go:58:13: u escapes to heap
rot13.go:59:19: ([]byte)("abc") escapes to heap
rot13.go:62:13: ... argument does not escape
rot13.go:62:20: letters escapes to heap
rot13.go:62:20: string(letters) escapes to heap
rot13.go:62:20: string(letters) escapes to heap
rot13.go:63:12: ... argument does not escape
rot13.go:63:28: "hi!" escapes to heap
rot13.go:63:41: ([]byte)("hi!") escapes to heap
rot13.go:63:41: ([]byte)("hi!") escapes to heap
rot13.go:63:50: "hi!" escapes to heap
