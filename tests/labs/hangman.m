hangman.go:15:14: leaking param: secret
hangman.go:16:70: map[rune]bool{} escapes to heap
hangman.go:16:9: &Game{...} escapes to heap
hangman.go:19:7: g does not escape
hangman.go:31:7: g does not escape
hangman.go:32:7: g does not escape
hangman.go:34:7: g does not escape
hangman.go:36:29: "already guessed " + string(r) escapes to heap
hangman.go:36:37: string(r) does not escape
hangman.go:40:21: ... argument does not escape
hangman.go:40:51: r escapes to heap
hangman.go:40:51: strings.Count(g.secret, string(r)) escapes to heap
hangman.go:40:68: string(r) does not escape
hangman.go:43:20: ... argument does not escape
hangman.go:43:21: r escapes to heap
hangman.go:43:58: g.maxMiss - g.misses escapes to heap
hangman.go:46:11: leaking param: secret
hangman.go:46:19: guesses does not escape
hangman.go:48:13: ... argument does not escape
hangman.go:48:14: "new game:" escapes to heap
hangman.go:48:35: (*Game).Masked(g) escapes to heap
hangman.go:50:13: ... argument does not escape
hangman.go:50:35: (*Game).Guess(g, r) escapes to heap
hangman.go:50:48: (*Game).Masked(g) escapes to heap
hangman.go:52:15: ... argument does not escape
hangman.go:52:16: "you win!" escapes to heap
hangman.go:56:15: ... argument does not escape
hangman.go:56:16: "you lose, it was" escapes to heap
hangman.go:56:37: g.secret escapes to heap
hangman.go:60:13: ... argument does not escape
hangman.go:60:14: "out of guesses" escapes to heap
