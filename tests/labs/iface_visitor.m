iface_visitor.go:100:14: ... argument does not escape
iface_visitor.go:100:27: strings.Join(p.parts, "") escapes to heap
iface_visitor.go:100:42: "=" escapes to heap
iface_visitor.go:100:53: (*Evaluator).pop(ev) escapes to heap
iface_visitor.go:102:13: ... argument does not escape
iface_visitor.go:102:14: "nums:" escapes to heap
iface_visitor.go:102:31: c.counts["num"] escapes to heap
iface_visitor.go:102:40: "adds:" escapes to heap
iface_visitor.go:102:57: c.counts["add"] escapes to heap
iface_visitor.go:102:66: "muls:" escapes to heap
iface_visitor.go:102:83: c.counts["mul"] escapes to heap
iface_visitor.go:22:22: leaking param: v
iface_visitor.go:22:7: leaking param: n
iface_visitor.go:23:22: leaking param: v
iface_visitor.go:23:7: leaking param: a
iface_visitor.go:24:22: leaking param: v
iface_visitor.go:24:7: leaking param: m
iface_visitor.go:31:7: e does not escape
iface_visitor.go:33:10: (*Evaluator).pop ignoring self-assignment in e.stack = e.stack[:len(e.stack) - 1]
iface_visitor.go:37:30: n does not escape
iface_visitor.go:37:7: leaking param content: e
iface_visitor.go:38:30: leaking param content: a
iface_visitor.go:38:7: leaking param: e
iface_visitor.go:44:30: leaking param content: m
iface_visitor.go:44:7: leaking param: e
iface_visitor.go:56:28: n does not escape
iface_visitor.go:56:74: ... argument does not escape
iface_visitor.go:56:76: n.Val escapes to heap
iface_visitor.go:56:7: leaking param content: p
iface_visitor.go:57:28: leaking param content: a
iface_visitor.go:57:7: leaking param: p
iface_visitor.go:64:28: leaking param content: m
iface_visitor.go:64:7: leaking param: p
iface_visitor.go:75:28: n does not escape
iface_visitor.go:75:7: c does not escape
iface_visitor.go:76:28: leaking param content: a
iface_visitor.go:76:7: leaking param: c
iface_visitor.go:81:28: leaking param content: m
iface_visitor.go:81:7: leaking param: c
iface_visitor.go:88:17: []Node{...} does not escape
iface_visitor.go:89:3: &Num{...} escapes to heap
iface_visitor.go:90:17: &Num{...} escapes to heap
iface_visitor.go:90:3: &Add{...} escapes to heap
iface_visitor.go:90:8: &Num{...} escapes to heap
iface_visitor.go:91:13: &Num{...} escapes to heap
iface_visitor.go:91:22: &Num{...} escapes to heap
iface_visitor.go:91:32: &Add{...} escapes to heap
iface_visitor.go:91:37: &Num{...} escapes to heap
iface_visitor.go:91:3: &Mul{...} escapes to heap
iface_visitor.go:91:46: &Mul{...} escapes to heap
iface_visitor.go:91:51: &Num{...} escapes to heap
iface_visitor.go:91:60: &Num{...} escapes to heap
iface_visitor.go:91:8: &Add{...} escapes to heap
iface_visitor.go:93:38: map[string]int{} escapes to heap
iface_visitor.go:93:7: &Counter{...} escapes to heap
iface_visitor.go:95:9: &Evaluator{} escapes to heap
iface_visitor.go:97:8: &Printer{} escapes to heap
