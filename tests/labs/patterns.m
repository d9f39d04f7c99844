patterns.go:10:14: ... argument does not escape
patterns.go:10:40: strings.Repeat(" ", n - i) + strings.Repeat("*", 2 * i - 1) escapes to heap
patterns.go:10:40: strings.Repeat(" ", n - i) + strings.Repeat("*", 2 * i - 1) escapes to heap
patterns.go:20:13: ... argument does not escape
patterns.go:20:38: strings.Repeat(" ", k) escapes to heap
patterns.go:20:62: strings.Repeat("#", 2 * (n - k) - 1) escapes to heap
patterns.go:26:15: make([]byte, cols) escapes to heap
patterns.go:34:14: ... argument does not escape
patterns.go:34:21: string(line) escapes to heap
patterns.go:34:21: string(line) escapes to heap
patterns.go:44:13: ... argument does not escape
patterns.go:44:13: j escapes to heap
