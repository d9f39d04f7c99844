letterfreq.go:18:13: ... argument does not escape
letterfreq.go:18:14: "letters:" escapes to heap
letterfreq.go:18:14: total escapes to heap
letterfreq.go:24:13: ... argument does not escape
letterfreq.go:24:40: 'a' + i escapes to heap
letterfreq.go:24:40: n escapes to heap
letterfreq.go:24:40: pct escapes to heap
letterfreq.go:24:66: strings.Repeat("*", n) escapes to heap
letterfreq.go:32:12: ... argument does not escape
letterfreq.go:32:43: rune('a' + maxI) escapes to heap
letterfreq.go:32:61: counts[maxI] escapes to heap
letterfreq.go:33:13: ... argument does not escape
letterfreq.go:33:20: string(rune('a' + maxI)) escapes to heap
letterfreq.go:33:20: string(rune('a' + maxI)) escapes to heap
letterfreq.go:33:44: string("abc"[1]) escapes to heap
letterfreq.go:33:44: string("abc"[1]) escapes to heap
