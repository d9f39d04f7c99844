initorder.go:13:7: leaking param: c
initorder.go:14:20: ... argument does not escape
initorder.go:14:41: c.Name escapes to heap
initorder.go:14:49: c.Retries escapes to heap
initorder.go:35:11: make([]int, n) escapes to heap
initorder.go:43:13: ... argument does not escape
initorder.go:43:14: "init sees" escapes to heap
initorder.go:43:14: limit escapes to heap
initorder.go:43:37: len(table) escapes to heap
initorder.go:47:13: ... argument does not escape
initorder.go:47:13: banner escapes to heap
initorder.go:48:13: ... argument does not escape
initorder.go:48:13: summary escapes to heap
initorder.go:49:13: ... argument does not escape
initorder.go:49:13: table escapes to heap
initorder.go:50:13: ... argument does not escape
initorder.go:50:26: Config.Describe(cfg) escapes to heap
