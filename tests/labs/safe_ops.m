safe_ops.go:13:7: leaking param content: s
safe_ops.go:15:20: ... argument does not escape
safe_ops.go:15:20: fmt.Sprintf("stack overflow pushing %d", ... argument...) escapes to heap
safe_ops.go:15:21: v escapes to heap
safe_ops.go:20:7: s does not escape
safe_ops.go:22:9: (*Stack).Pop ignoring self-assignment in s.data = s.data[:len(s.data) - 1]
safe_ops.go:26:13: leaking param: name
safe_ops.go:26:26: f does not escape
safe_ops.go:27:8: func literal does not escape
safe_ops.go:31:21: ... argument does not escape
safe_ops.go:31:22: name escapes to heap
safe_ops.go:33:21: ... argument does not escape
safe_ops.go:33:22: name escapes to heap
safe_ops.go:33:22: v escapes to heap
safe_ops.go:35:21: ... argument does not escape
safe_ops.go:35:22: name escapes to heap
safe_ops.go:50:7: &Stack{...} escapes to heap
safe_ops.go:52:14: []int{...} escapes to heap
safe_ops.go:54:23: map[string][]int{} escapes to heap
safe_ops.go:58:3: []struct { name string; f func() }{...} does not escape
safe_ops.go:59:13: func literal escapes to heap
safe_ops.go:60:12: func literal escapes to heap
safe_ops.go:62:16: ... argument does not escape
safe_ops.go:62:17: "popped" escapes to heap
safe_ops.go:62:32: (*Stack).Pop(s) escapes to heap
safe_ops.go:65:11: func literal escapes to heap
safe_ops.go:65:31: ... argument does not escape
safe_ops.go:65:38: divide(7, idx - 5) escapes to heap
safe_ops.go:66:13: func literal escapes to heap
safe_ops.go:66:33: ... argument does not escape
safe_ops.go:66:37: arr[idx] escapes to heap
safe_ops.go:67:15: func literal escapes to heap
safe_ops.go:67:35: ... argument does not escape
safe_ops.go:67:39: len(g.cells) escapes to heap
safe_ops.go:68:16: func literal escapes to heap
safe_ops.go:68:64: ... argument does not escape
safe_ops.go:68:71: m["a"][0] escapes to heap
safe_ops.go:68:83: m["b"] == nil escapes to heap
safe_ops.go:69:14: func literal escapes to heap
safe_ops.go:70:14: func literal escapes to heap
safe_ops.go:70:28: 42 escapes to heap
safe_ops.go:71:13: func literal escapes to heap
safe_ops.go:71:33: ... argument does not escape
safe_ops.go:71:37: arr[1:idx] escapes to heap
safe_ops.go:75:15: ... argument does not escape
safe_ops.go:75:16: "ERR" escapes to heap
safe_ops.go:77:15: ... argument does not escape
safe_ops.go:77:16: "OK " escapes to heap
safe_ops.go:77:24: t.name escapes to heap
safe_ops.go:80:13: ... argument does not escape
safe_ops.go:80:17: len(s.data) escapes to heap
safe_ops.go:80:39: cap(s.data) >= 2 escapes to heap
