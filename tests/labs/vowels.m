vowels.go:17:17: leaking param: word to result ~r0 level=0
vowels.go:18:14: ([]rune)(word) does not escape
vowels.go:26:15: string(rs) escapes to heap
vowels.go:29:12: leaking param: text
vowels.go:46:18: leaking param: text
vowels.go:49:18: ([]rune)(w) does not escape
vowels.go:60:13: ... argument does not escape
vowels.go:60:14: "words:" escapes to heap
vowels.go:60:14: w escapes to heap
vowels.go:60:27: "vowels:" escapes to heap
vowels.go:60:27: v escapes to heap
vowels.go:60:41: "consonants:" escapes to heap
vowels.go:60:41: c escapes to heap
vowels.go:60:59: "digits:" escapes to heap
vowels.go:60:59: d escapes to heap
vowels.go:65:13: ... argument does not escape
vowels.go:65:26: strings.Join(titled, " ") escapes to heap
vowels.go:67:12: ... argument does not escape
vowels.go:67:13: n escapes to heap
vowels.go:67:13: word escapes to heap
vowels.go:67:63: len(word) escapes to heap
vowels.go:71:22: string(r) escapes to heap
vowels.go:75:13: ... argument does not escape
vowels.go:75:14: "initials:" escapes to heap
vowels.go:75:14: initials escapes to heap
vowels.go:77:13: ... argument does not escape
vowels.go:77:14: "a's:" escapes to heap
vowels.go:77:14: count escapes to heap
vowels.go:77:49: strings.ContainsRune(text, 'ü') escapes to heap
vowels.go:77:80: strings.IndexRune(text, 'V') escapes to heap
