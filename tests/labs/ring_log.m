ring_log.go:24:23: leaking param: level
ring_log.go:24:30: format does not escape
ring_log.go:24:45: leaking param content: args
ring_log.go:24:7: leaking param content: r
ring_log.go:29:20: make(map[string]int) escapes to heap
ring_log.go:39:7: leaking param content: r
ring_log.go:40:13: make([]Entry, 0, r.count) escapes to heap
ring_log.go:48:24: sub does not escape
ring_log.go:48:7: leaking param content: r
ring_log.go:52:4: moved to heap: e
ring_log.go:61:38: "server" escapes to heap
ring_log.go:61:48: 1 escapes to heap
ring_log.go:61:51: 4 escapes to heap
ring_log.go:61:7: ... argument does not escape
ring_log.go:67:14: i escapes to heap
ring_log.go:67:45: i * 17 % 50 escapes to heap
ring_log.go:67:8: ... argument does not escape
ring_log.go:69:38: "/dev/sda" escapes to heap
ring_log.go:69:50: 97.25 escapes to heap
ring_log.go:69:7: ... argument does not escape
ring_log.go:71:13: ... argument does not escape
ring_log.go:71:34: e.Seq escapes to heap
ring_log.go:71:41: e.Level escapes to heap
ring_log.go:71:50: e.Msg escapes to heap
ring_log.go:73:13: ... argument does not escape
ring_log.go:73:14: "dropped:" escapes to heap
ring_log.go:75:13: ... argument does not escape
ring_log.go:75:13: n escapes to heap
ring_log.go:75:21: last.Seq escapes to heap
ring_log.go:75:27: *last escapes to heap
ring_log.go:78:13: ... argument does not escape
ring_log.go:78:17: len((*RingLog).Entries(r)) escapes to heap
ring_log.go:78:33: r.seq escapes to heap
ring_log.go:78:46: copyLog.seq escapes to heap
ring_log.go:78:61: r.dropped["INFO"] escapes to heap
