queue.go:13:7: leaking param: q to result ~r0 level=2
queue.go:18:9: (*Queue).Dequeue ignoring self-assignment in q.data = q.data[1:]
queue.go:23:7: &Queue{} does not escape
queue.go:32:14: ... argument does not escape
queue.go:32:14: s escapes to heap
queue.go:34:13: ... argument does not escape
queue.go:34:17: len(q.data) escapes to heap
queue.go:9:25: leaking param: s
queue.go:9:7: leaking param content: q
