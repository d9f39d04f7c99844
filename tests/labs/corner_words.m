corner_words.go:12:15: text does not escape
corner_words.go:13:14: make(map[string]int) escapes to heap
corner_words.go:15:42: strings.ToLower(text) + " " does not escape
corner_words.go:19:15: string(cur) escapes to heap
corner_words.go:26:14: s does not escape
corner_words.go:27:13: ([]rune)(s) does not escape
corner_words.go:29:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
corner_words.go:29:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
corner_words.go:31:15: string(r) escapes to heap
corner_words.go:34:19: s does not escape
corner_words.go:45:13: s does not escape
corner_words.go:46:13: make([]byte, len(s)) escapes to heap
corner_words.go:58:15: string(out) escapes to heap
corner_words.go:63:14: make([]string, 0, len(f)) escapes to heap
corner_words.go:67:12: keys escapes to heap
corner_words.go:67:19: func literal does not escape
corner_words.go:74:13: ... argument does not escape
corner_words.go:74:14: k escapes to heap
corner_words.go:74:35: f[k] escapes to heap
corner_words.go:74:54: strings.Repeat("*", f[k]) escapes to heap
corner_words.go:76:100: isPalindrome("nope") escapes to heap
corner_words.go:76:13: ... argument does not escape
corner_words.go:76:21: reverse("héllo 世界") escapes to heap
corner_words.go:76:52: isPalindrome("A man, a plan, a canal: Panama") escapes to heap
corner_words.go:77:13: ... argument does not escape
corner_words.go:77:20: caesar("Hello, World!", 3) escapes to heap
corner_words.go:77:48: caesar(caesar("xyz", 3), 23) escapes to heap
corner_words.go:78:19: []rune{...} does not escape
corner_words.go:86:13: ... argument does not escape
corner_words.go:86:20: string(swapped) escapes to heap
corner_words.go:86:20: string(swapped) escapes to heap
corner_words.go:87:13: ... argument does not escape
corner_words.go:87:29: unicode.IsSpace('\t') escapes to heap
corner_words.go:87:52: unicode.IsDigit('٣') escapes to heap
corner_words.go:87:76: unicode.IsLetter('é') escapes to heap
corner_words.go:87:99: unicode.IsPunct('!') escapes to heap
