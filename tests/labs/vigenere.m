vigenere.go:19:15: text does not escape
vigenere.go:19:21: key does not escape
vigenere.go:22:13: make([]byte, len(text)) escapes to heap
vigenere.go:33:15: string(out) escapes to heap
vigenere.go:40:13: ... argument does not escape
vigenere.go:40:14: "plain:  " escapes to heap
vigenere.go:40:14: msg escapes to heap
vigenere.go:41:13: ... argument does not escape
vigenere.go:41:14: "cipher: " escapes to heap
vigenere.go:41:14: enc escapes to heap
vigenere.go:42:13: ... argument does not escape
vigenere.go:42:14: "decoded:" escapes to heap
vigenere.go:42:34: vigenere(enc, key, true) escapes to heap
vigenere.go:43:12: ... argument does not escape
vigenere.go:43:29: vigenere("Hello, World", "KEY", false) escapes to heap
