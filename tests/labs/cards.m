cards.go:10:7: c does not escape
cards.go:11:19: []string{...} does not escape
cards.go:12:23: names[c.Rank] + c.Suit escapes to heap
cards.go:15:7: c does not escape
cards.go:26:16: hand does not escape
cards.go:42:17: []*Card{...} escapes to heap
cards.go:42:18: &Card{...} escapes to heap
cards.go:42:30: &Card{...} escapes to heap
cards.go:43:13: ... argument does not escape
cards.go:43:13: hand escapes to heap
cards.go:43:29: handValue(hand) escapes to heap
cards.go:44:22: &Card{...} escapes to heap
cards.go:45:13: ... argument does not escape
cards.go:45:13: hand escapes to heap
cards.go:45:29: handValue(hand) escapes to heap
cards.go:46:12: ... argument does not escape
