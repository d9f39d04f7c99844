anyqueue.go:10:25: leaking param: v
anyqueue.go:10:7: leaking param content: q
anyqueue.go:14:7: leaking param: q to result ~r0 level=2
anyqueue.go:19:10: (*Queue).Dequeue ignoring self-assignment in q.items = q.items[1:]
anyqueue.go:27:22: leaking param: v
anyqueue.go:27:7: leaking param content: s
anyqueue.go:29:7: leaking param: s to result ~r0 level=2
anyqueue.go:34:10: (*Stack).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
anyqueue.go:38:7: s does not escape
anyqueue.go:42:15: leaking param: v
anyqueue.go:47:21: ... argument does not escape
anyqueue.go:47:22: x escapes to heap
anyqueue.go:47:48: x * 2 escapes to heap
anyqueue.go:49:21: ... argument does not escape
anyqueue.go:49:22: x escapes to heap
anyqueue.go:49:54: len(x) escapes to heap
anyqueue.go:56:21: ... argument does not escape
anyqueue.go:56:22: x escapes to heap
anyqueue.go:58:21: ... argument does not escape
anyqueue.go:58:43: x.X escapes to heap
anyqueue.go:58:48: x.Y escapes to heap
anyqueue.go:60:21: ... argument does not escape
anyqueue.go:60:47: len(x) escapes to heap
anyqueue.go:62:21: ... argument does not escape
anyqueue.go:67:7: &Queue{} does not escape
anyqueue.go:68:12: 42 escapes to heap
anyqueue.go:69:12: "hello" escapes to heap
anyqueue.go:70:12: 3.14159 escapes to heap
anyqueue.go:71:17: Point{...} escapes to heap
anyqueue.go:72:17: []int{...} escapes to heap
anyqueue.go:72:17: []int{...} escapes to heap
anyqueue.go:73:12: true escapes to heap
anyqueue.go:75:12: 'x' escapes to heap
anyqueue.go:77:7: &Stack{} does not escape
anyqueue.go:83:14: ... argument does not escape
anyqueue.go:83:23: describe(v) escapes to heap
anyqueue.go:86:13: ... argument does not escape
anyqueue.go:86:14: "stack size:" escapes to heap
anyqueue.go:86:34: (*Stack).Len(s) escapes to heap
anyqueue.go:93:13: ... argument does not escape
anyqueue.go:93:14: "sum of ints:" escapes to heap
anyqueue.go:93:14: sum escapes to heap
anyqueue.go:94:13: ... argument does not escape
anyqueue.go:94:22: (*Stack).Pop(s) == nil escapes to heap
