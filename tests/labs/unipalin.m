unipalin.go:18:14: rs does not escape
unipalin.go:19:13: make([]rune, len(rs)) escapes to heap
unipalin.go:26:19: s does not escape
unipalin.go:36:19: s does not escape
unipalin.go:37:13: ([]byte)(s) does not escape
unipalin.go:39:14: naiveReverse ignoring self-assignment in b[i], b[j] = b[j], b[i]
unipalin.go:39:14: naiveReverse ignoring self-assignment in b[i], b[j] = b[j], b[i]
unipalin.go:41:15: string(b) escapes to heap
unipalin.go:45:21: []string{...} does not escape
unipalin.go:56:13: ... argument does not escape
unipalin.go:56:14: p escapes to heap
unipalin.go:56:72: isPalindrome(p) escapes to heap
unipalin.go:56:80: len(([]rune)(p)) escapes to heap
unipalin.go:56:87: ([]rune)(p) does not escape
unipalin.go:56:96: len(p) escapes to heap
unipalin.go:59:13: ... argument does not escape
unipalin.go:59:20: string(reverse(([]rune)(s))) escapes to heap
unipalin.go:59:20: string(reverse(([]rune)(s))) escapes to heap
unipalin.go:59:35: ([]rune)(s) does not escape
unipalin.go:60:13: ... argument does not escape
unipalin.go:60:26: naiveReverse("abc") escapes to heap
unipalin.go:60:38: len(naiveReverse(s)) escapes to heap
unipalin.go:60:73: naiveReverse(s) == s escapes to heap
unipalin.go:61:12: ... argument does not escape
unipalin.go:61:33: naiveReverse(s) escapes to heap
unipalin.go:8:16: s does not escape
