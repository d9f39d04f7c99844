caesar.go:15:15: string(out) escapes to heap
caesar.go:21:13: ... argument does not escape
caesar.go:21:13: enc escapes to heap
caesar.go:22:13: ... argument does not escape
caesar.go:22:19: shift(enc, 23) escapes to heap
caesar.go:5:12: s does not escape
caesar.go:6:15: ([]byte)(s) does not escape
