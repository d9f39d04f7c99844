tokenizer.go:22:7: leaking param: t
tokenizer.go:23:20: ... argument does not escape
tokenizer.go:23:31: t.kind escapes to heap
tokenizer.go:23:39: t.text escapes to heap
tokenizer.go:30:15: leaking param: src
tokenizer.go:51:40: string(c) escapes to heap
tokenizer.go:54:43: string(rune(c)) escapes to heap
tokenizer.go:57:26: ... argument does not escape
tokenizer.go:57:27: c escapes to heap
tokenizer.go:57:27: i escapes to heap
tokenizer.go:63:16: s does not escape
tokenizer.go:74:20: []string{...} does not escape
tokenizer.go:78:15: ... argument does not escape
tokenizer.go:78:16: "error:" escapes to heap
tokenizer.go:81:14: ... argument does not escape
tokenizer.go:81:18: len(toks) escapes to heap
tokenizer.go:81:18: toks escapes to heap
tokenizer.go:83:13: ... argument does not escape
tokenizer.go:83:23: sumDigits("a1b22c333") escapes to heap
tokenizer.go:83:51: strconv.Quote("tab\there") escapes to heap
tokenizer.go:85:12: ... argument does not escape
tokenizer.go:85:13: k escapes to heap
tokenizer.go:85:13: k escapes to heap
tokenizer.go:85:13: k escapes to heap
tokenizer.go:85:39: Number escapes to heap
tokenizer.go:88:7: index bounds check elided
tokenizer.go:90:13: ... argument does not escape
tokenizer.go:90:18: hist['l'] escapes to heap
tokenizer.go:90:29: hist['h'] escapes to heap
tokenizer.go:90:40: hist['z'] escapes to heap
