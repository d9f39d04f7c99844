stack_undo.go:18:22: leaking param: o
stack_undo.go:18:7: leaking param content: s
stack_undo.go:20:7: leaking param: s to result ~r0 level=2
stack_undo.go:25:10: (*Stack).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
stack_undo.go:29:35: (*Stack).Clear ignoring self-assignment in s.items = s.items[:0]
stack_undo.go:29:7: s does not escape
stack_undo.go:36:21: o does not escape
stack_undo.go:36:7: e does not escape
stack_undo.go:38:34: e.buf[:o.pos] + o.text + e.buf[o.pos:] escapes to heap
stack_undo.go:40:25: e.buf[:o.pos] + e.buf[o.pos + len(o.text):] escapes to heap
stack_undo.go:44:13: leaking param: o to result ~r0 level=0
stack_undo.go:48:34: leaking param: text
stack_undo.go:48:7: leaking param content: e
stack_undo.go:55:7: leaking param content: e
stack_undo.go:62:7: leaking param content: e
stack_undo.go:71:7: leaking param content: e
stack_undo.go:81:7: &Editor{} does not escape
stack_undo.go:86:12: ... argument does not escape
stack_undo.go:86:22: e.buf escapes to heap
stack_undo.go:88:13: ... argument does not escape
stack_undo.go:88:31: e.buf escapes to heap
stack_undo.go:92:12: ... argument does not escape
stack_undo.go:92:52: e.buf escapes to heap
stack_undo.go:92:61: len(e.undo.items) escapes to heap
stack_undo.go:92:80: len(e.redo.items) escapes to heap
stack_undo.go:94:13: ... argument does not escape
stack_undo.go:94:29: strings.ToUpper(e.buf) escapes to heap
stack_undo.go:94:44: (*Editor).Redo(e) escapes to heap
