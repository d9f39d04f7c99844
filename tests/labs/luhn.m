luhn.go:10:12: number does not escape
luhn.go:35:17: partial does not escape
luhn.go:37:20: partial + string(rune('0' + d)) does not escape
luhn.go:37:28: string(rune('0' + d)) does not escape
luhn.go:45:19: []string{...} does not escape
luhn.go:55:13: ... argument does not escape
luhn.go:55:14: c escapes to heap
luhn.go:55:42: valid(c) escapes to heap
luhn.go:57:13: ... argument does not escape
luhn.go:57:14: "check digit for 7992739871:" escapes to heap
luhn.go:57:55: checkDigit("7992739871") escapes to heap
