anagram.go:10:13: ([]rune)(strings.ToLower(s)) escapes to heap
anagram.go:11:12: r escapes to heap
anagram.go:11:16: func literal does not escape
anagram.go:12:15: string(r) escapes to heap
anagram.go:15:16: a does not escape
anagram.go:15:19: b does not escape
anagram.go:22:22: [][2]string{...} does not escape
anagram.go:30:13: ... argument does not escape
anagram.go:30:35: p[0] escapes to heap
anagram.go:30:41: p[1] escapes to heap
anagram.go:30:55: isAnagram(p[0], p[1]) escapes to heap
anagram.go:32:13: ... argument does not escape
anagram.go:32:25: sortLetters("golang") escapes to heap
anagram.go:9:18: s does not escape
