textstats.go:38:13: ... argument does not escape
textstats.go:38:14: "letters:" escapes to heap
textstats.go:38:14: letters escapes to heap
textstats.go:39:13: ... argument does not escape
textstats.go:39:14: "vowels:" escapes to heap
textstats.go:39:14: vowels escapes to heap
textstats.go:39:33: "consonants:" escapes to heap
textstats.go:39:55: letters - vowels escapes to heap
textstats.go:40:13: ... argument does not escape
textstats.go:40:14: "digits:" escapes to heap
textstats.go:40:14: digits escapes to heap
textstats.go:41:13: ... argument does not escape
textstats.go:41:14: "spaces:" escapes to heap
textstats.go:41:14: spaces escapes to heap
textstats.go:41:33: "other:" escapes to heap
textstats.go:41:33: punct escapes to heap
textstats.go:44:13: ... argument does not escape
textstats.go:44:14: "words:" escapes to heap
textstats.go:44:27: len(words) escapes to heap
textstats.go:54:13: ... argument does not escape
textstats.go:54:14: "longest word:" escapes to heap
textstats.go:54:14: longest escapes to heap
textstats.go:55:12: ... argument does not escape
textstats.go:55:58: float64(total) / float64(len(words)) escapes to heap
textstats.go:58:13: ... argument does not escape
textstats.go:58:46: i + 1 escapes to heap
textstats.go:58:53: len(l) escapes to heap
