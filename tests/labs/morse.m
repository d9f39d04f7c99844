morse.go:21:16: make(map[string]rune, len(code)) escapes to heap
morse.go:27:13: leaking param: msg
morse.go:34:26: ... argument does not escape
morse.go:34:27: r escapes to heap
morse.go:43:13: leaking param: morse
morse.go:61:30: []string{...} does not escape
morse.go:64:15: ... argument does not escape
morse.go:64:16: "error:" escapes to heap
morse.go:67:13: ... argument does not escape
morse.go:67:14: m escapes to heap
morse.go:67:14: msg escapes to heap
morse.go:68:13: ... argument does not escape
morse.go:68:37: decode(m) escapes to heap
morse.go:68:37: m escapes to heap
morse.go:70:13: ... argument does not escape
morse.go:70:20: decode("... --- ..-.-. ...") escapes to heap
morse.go:71:13: ... argument does not escape
morse.go:71:17: len(code) escapes to heap
morse.go:71:28: len(reverse) escapes to heap
morse.go:8:27: map[rune]string{...} escapes to heap
