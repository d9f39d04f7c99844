stack.go:13:7: s does not escape
stack.go:18:10: (*Stack).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
stack.go:22:7: s does not escape
stack.go:27:7: &Stack{} does not escape
stack.go:31:13: ... argument does not escape
stack.go:31:14: "size:" escapes to heap
stack.go:31:28: (*Stack).Len(s) escapes to heap
stack.go:37:14: ... argument does not escape
stack.go:37:15: "popped" escapes to heap
stack.go:37:15: x escapes to heap
stack.go:40:13: ... argument does not escape
stack.go:40:14: "empty pop ok?" escapes to heap
stack.go:40:14: ok escapes to heap
stack.go:9:7: leaking param content: s
