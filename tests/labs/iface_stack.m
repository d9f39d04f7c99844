iface_stack.go:18:7: leaking param content: s
iface_stack.go:20:7: s does not escape
iface_stack.go:25:10: (*SliceStack).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
iface_stack.go:29:7: s does not escape
iface_stack.go:41:7: leaking param content: l
iface_stack.go:42:11: &node{...} escapes to heap
iface_stack.go:46:7: leaking param content: l
iface_stack.go:56:7: l does not escape
iface_stack.go:58:15: leaking param: name
iface_stack.go:58:28: leaking param: s
iface_stack.go:62:12: ... argument does not escape
iface_stack.go:62:13: name escapes to heap
iface_stack.go:62:45: s.Len() escapes to heap
iface_stack.go:66:15: ... argument does not escape
iface_stack.go:66:15: name escapes to heap
iface_stack.go:66:22: "error:" escapes to heap
iface_stack.go:69:12: ... argument does not escape
iface_stack.go:69:12: v escapes to heap
iface_stack.go:69:16: " " escapes to heap
iface_stack.go:75:20: &SliceStack{} escapes to heap
iface_stack.go:76:19: &ListStack{} escapes to heap
