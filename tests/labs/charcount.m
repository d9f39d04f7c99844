charcount.go:13:24: s does not escape
charcount.go:13:7: c does not escape
charcount.go:36:27: ... argument does not escape
charcount.go:36:29: c.words escapes to heap
charcount.go:38:27: ... argument does not escape
charcount.go:38:29: c.letters escapes to heap
charcount.go:40:27: ... argument does not escape
charcount.go:40:29: c.digits escapes to heap
charcount.go:43:27: ... argument does not escape
charcount.go:43:29: c.spaces escapes to heap
charcount.go:47:12: leaking param content: lines
charcount.go:47:28: f does not escape
charcount.go:54:19: []string{...} does not escape
charcount.go:60:16: c.Feed does not escape
charcount.go:61:13: ... argument does not escape
charcount.go:61:22: Counter.Report(c) escapes to heap
charcount.go:62:13: c.Report does not escape
charcount.go:64:13: ... argument does not escape
charcount.go:64:20: report() escapes to heap
charcount.go:65:13: ... argument does not escape
charcount.go:65:22: Counter.Report(c) escapes to heap
