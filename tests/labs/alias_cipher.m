alias_cipher.go:100:13: ... argument does not escape
alias_cipher.go:100:14: "plain:  " escapes to heap
alias_cipher.go:100:14: msg escapes to heap
alias_cipher.go:101:13: ... argument does not escape
alias_cipher.go:101:14: "atbash: " escapes to heap
alias_cipher.go:101:31: apply(atbash, msg) escapes to heap
alias_cipher.go:102:13: ... argument does not escape
alias_cipher.go:102:14: "twice:  " escapes to heap
alias_cipher.go:102:31: apply(chain(... argument...), msg) escapes to heap
alias_cipher.go:102:37: ... argument escapes to heap
alias_cipher.go:105:13: ... argument does not escape
alias_cipher.go:105:14: "rot3:   " escapes to heap
alias_cipher.go:105:14: enc escapes to heap
alias_cipher.go:106:13: ... argument does not escape
alias_cipher.go:106:14: "back:   " escapes to heap
alias_cipher.go:106:31: apply(shiftBy(-3), enc) escapes to heap
alias_cipher.go:109:13: ... argument does not escape
alias_cipher.go:109:14: "keyed:  " escapes to heap
alias_cipher.go:109:14: secret escapes to heap
alias_cipher.go:110:13: ... argument does not escape
alias_cipher.go:110:14: "decoded:" escapes to heap
alias_cipher.go:110:31: apply(keyed(invert(k)), secret) escapes to heap
alias_cipher.go:111:12: ... argument does not escape
alias_cipher.go:111:30: len(k) escapes to heap
alias_cipher.go:113:12: ... argument does not escape
alias_cipher.go:113:31: t('b') escapes to heap
alias_cipher.go:113:39: t('Y') escapes to heap
alias_cipher.go:122:14: ... argument does not escape
alias_cipher.go:122:28: 'a' + i escapes to heap
alias_cipher.go:122:28: n escapes to heap
alias_cipher.go:26:9: func literal escapes to heap
alias_cipher.go:38:14: keyword does not escape
alias_cipher.go:39:12: map[rune]rune{} escapes to heap
alias_cipher.go:40:23: map[rune]bool{} does not escape
alias_cipher.go:59:13: k does not escape
alias_cipher.go:60:13: make(map[rune]rune, len(k)) escapes to heap
alias_cipher.go:67:12: leaking param: k
alias_cipher.go:68:9: func literal escapes to heap
alias_cipher.go:81:12: t does not escape
alias_cipher.go:81:25: s does not escape
alias_cipher.go:89:12: leaking param: ts
alias_cipher.go:90:9: func literal escapes to heap
