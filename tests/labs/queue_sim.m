queue_sim.go:15:7: leaking param content: q
queue_sim.go:17:7: q does not escape
queue_sim.go:22:10: (*Queue).Dequeue ignoring self-assignment in q.items = q.items[1:]
queue_sim.go:26:7: q does not escape
queue_sim.go:31:7: r does not escape
queue_sim.go:37:9: &Rand{...} does not escape
queue_sim.go:57:16: ... argument does not escape
queue_sim.go:57:17: t escapes to heap
queue_sim.go:57:62: c.id escapes to heap
queue_sim.go:57:62: wait escapes to heap
queue_sim.go:62:13: ... argument does not escape
queue_sim.go:62:14: "arrived:" escapes to heap
queue_sim.go:62:32: nextID - 1 escapes to heap
queue_sim.go:62:36: "served:" escapes to heap
queue_sim.go:62:36: served escapes to heap
queue_sim.go:62:55: "still waiting:" escapes to heap
queue_sim.go:62:78: (*Queue).Len(q) escapes to heap
queue_sim.go:63:13: ... argument does not escape
queue_sim.go:63:14: "max queue length:" escapes to heap
queue_sim.go:63:14: maxLen escapes to heap
queue_sim.go:64:12: ... argument does not escape
queue_sim.go:64:55: float64(totalWait) / float64(served) escapes to heap
