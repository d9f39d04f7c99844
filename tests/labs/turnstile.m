turnstile.go:22:20: ... argument does not escape
turnstile.go:22:37: int(s) escapes to heap
turnstile.go:44:7: t does not escape
turnstile.go:70:12: ... argument does not escape
turnstile.go:70:13: before escapes to heap
turnstile.go:70:13: e escapes to heap
turnstile.go:70:46: t.state escapes to heap
turnstile.go:74:7: &Turnstile{} does not escape
turnstile.go:75:19: []Event{...} does not escape
turnstile.go:79:12: ... argument does not escape
turnstile.go:79:47: t.coins escapes to heap
turnstile.go:79:56: t.passed escapes to heap
turnstile.go:79:66: t.state escapes to heap
turnstile.go:80:13: ... argument does not escape
turnstile.go:80:19: State(7) escapes to heap
turnstile.go:80:24: Broken escapes to heap
turnstile.go:81:12: ... argument does not escape
turnstile.go:81:27: Unlocked escapes to heap
turnstile.go:81:37: Unlocked escapes to heap
turnstile.go:81:47: Push escapes to heap
