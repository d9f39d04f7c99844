taskheap.go:14:7: pq does not escape
taskheap.go:16:7: pq does not escape
taskheap.go:23:7: pq does not escape
taskheap.go:24:27: (*PQ).swap ignoring self-assignment in pq.items[i], pq.items[j] = pq.items[j], pq.items[i]
taskheap.go:24:27: (*PQ).swap ignoring self-assignment in pq.items[i], pq.items[j] = pq.items[j], pq.items[i]
taskheap.go:27:20: leaking param: t
taskheap.go:27:7: leaking param content: pq
taskheap.go:40:7: leaking param: pq to result ~r0 level=2
taskheap.go:43:14: (*PQ).Pop ignoring self-assignment in pq.items[0] = pq.items[last]
taskheap.go:44:11: (*PQ).Pop ignoring self-assignment in pq.items = pq.items[:last]
taskheap.go:65:8: &PQ{} does not escape
taskheap.go:66:17: []Task{...} does not escape
taskheap.go:77:13: ... argument does not escape
taskheap.go:77:41: t.Name escapes to heap
taskheap.go:77:54: (*PQ).Len(pq) escapes to heap
taskheap.go:79:13: ... argument does not escape
taskheap.go:79:14: "--- processing ---" escapes to heap
taskheap.go:82:13: ... argument does not escape
taskheap.go:82:28: t.Priority escapes to heap
taskheap.go:82:40: t.Name escapes to heap
