ringbuf.go:13:7: r does not escape
ringbuf.go:24:7: r does not escape
ringbuf.go:33:12: p does not escape
ringbuf.go:41:12: p does not escape
ringbuf.go:48:6: moved to heap: r
ringbuf.go:51:14: ... argument does not escape
ringbuf.go:51:22: (*Ring).Items(r) escapes to heap
ringbuf.go:54:13: ... argument does not escape
ringbuf.go:54:14: "raw:" escapes to heap
ringbuf.go:54:23: p[:] escapes to heap
ringbuf.go:54:28: "len" escapes to heap
ringbuf.go:54:38: len(p) escapes to heap
ringbuf.go:54:43: "cap" escapes to heap
ringbuf.go:54:53: cap(p) escapes to heap
ringbuf.go:55:13: ... argument does not escape
ringbuf.go:55:14: "first half:" escapes to heap
ringbuf.go:55:30: p[:size / 2] escapes to heap
ringbuf.go:55:41: "second half:" escapes to heap
ringbuf.go:55:58: p[size / 2:] escapes to heap
ringbuf.go:56:13: ... argument does not escape
ringbuf.go:56:14: "total:" escapes to heap
ringbuf.go:56:29: total(p) escapes to heap
ringbuf.go:58:13: ... argument does not escape
ringbuf.go:58:14: "after reset:" escapes to heap
ringbuf.go:58:31: r.data escapes to heap
ringbuf.go:58:43: total(&r.data) escapes to heap
