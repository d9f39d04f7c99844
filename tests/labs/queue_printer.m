queue_printer.go:16:36: &Ring{...} escapes to heap
queue_printer.go:16:51: make([]Job, n) escapes to heap
queue_printer.go:18:24: leaking param: j
queue_printer.go:18:7: r does not escape
queue_printer.go:27:7: leaking param: r to result ~r0 level=2
queue_printer.go:46:24: leaking param content: q
queue_printer.go:46:33: log does not escape
queue_printer.go:46:7: leaking param content: p
queue_printer.go:48:3: moved to heap: j
queue_printer.go:54:18: ... argument does not escape
queue_printer.go:54:55: p.name escapes to heap
queue_printer.go:54:63: j.ID escapes to heap
queue_printer.go:54:69: j.Owner escapes to heap
queue_printer.go:54:78: j.Pages escapes to heap
queue_printer.go:56:9: (*Printer).Tick ignoring self-assignment in p.left -= p.perTick
queue_printer.go:58:18: ... argument does not escape
queue_printer.go:58:42: p.name escapes to heap
queue_printer.go:58:58: p.current.ID escapes to heap
queue_printer.go:65:20: []string{...} does not escape
queue_printer.go:68:15: ... argument does not escape
queue_printer.go:68:16: "queue full, dropped" escapes to heap
queue_printer.go:68:16: o escapes to heap
queue_printer.go:72:14: leaking param: s
queue_printer.go:72:9: func literal does not escape
queue_printer.go:74:13: ... argument does not escape
queue_printer.go:74:14: lines escapes to heap
queue_printer.go:74:14: s escapes to heap
queue_printer.go:76:24: []*Printer{...} does not escape
queue_printer.go:76:25: &Printer{...} does not escape
queue_printer.go:76:51: &Printer{...} does not escape
queue_printer.go:85:13: ... argument does not escape
queue_printer.go:85:14: "left in queue:" escapes to heap
queue_printer.go:85:33: q.size escapes to heap
queue_printer.go:85:40: "log lines:" escapes to heap
queue_printer.go:85:40: lines escapes to heap
