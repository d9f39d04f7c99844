iface_library.go:103:14: ... argument does not escape
iface_library.go:103:15: "  nope:" escapes to heap
iface_library.go:105:14: ... argument does not escape
iface_library.go:105:15: "  busy:" escapes to heap
iface_library.go:105:28: le.Op escapes to heap
iface_library.go:105:35: le.ID escapes to heap
iface_library.go:107:14: ... argument does not escape
iface_library.go:107:15: "  error:" escapes to heap
iface_library.go:126:14: ... argument does not escape
iface_library.go:128:13: ... argument does not escape
iface_library.go:128:14: "ana has" escapes to heap
iface_library.go:128:28: len(lib.loans["ana"]) escapes to heap
iface_library.go:128:48: "ben has" escapes to heap
iface_library.go:128:62: len(lib.loans["ben"]) escapes to heap
iface_library.go:21:7: leaking param content: b
iface_library.go:24:22: "out to " + b.OutTo escapes to heap
iface_library.go:26:20: ... argument does not escape
iface_library.go:26:43: b.ID escapes to heap
iface_library.go:26:49: b.Title escapes to heap
iface_library.go:26:58: b.Author escapes to heap
iface_library.go:26:58: status escapes to heap
iface_library.go:36:7: leaking param content: e
iface_library.go:37:20: ... argument does not escape
iface_library.go:37:40: e.Op escapes to heap
iface_library.go:37:46: e.ID escapes to heap
iface_library.go:40:7: leaking param: e to result ~r0 level=1
iface_library.go:49:38: map[int]*Book{} escapes to heap
iface_library.go:49:76: map[string][]int{} escapes to heap
iface_library.go:49:9: &Library{...} escapes to heap
iface_library.go:52:23: leaking param: title
iface_library.go:52:30: leaking param: author
iface_library.go:52:7: l does not escape
iface_library.go:55:16: &Book{...} escapes to heap
iface_library.go:59:36: leaking param: who
iface_library.go:59:7: l does not escape
iface_library.go:62:10: &LibError{...} escapes to heap
iface_library.go:65:10: &LibError{...} escapes to heap
iface_library.go:72:7: l does not escape
iface_library.go:75:10: &LibError{...} escapes to heap
iface_library.go:78:10: &LibError{...} escapes to heap
iface_library.go:95:13: leaking param: err
