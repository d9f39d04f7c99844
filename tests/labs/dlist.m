dlist.go:15:7: leaking param content: l
dlist.go:16:7: &Node{...} escapes to heap
dlist.go:28:7: leaking param content: l
dlist.go:29:7: &Node{...} escapes to heap
dlist.go:39:7: leaking param content: l
dlist.go:59:7: l does not escape
dlist.go:60:11: ... argument does not escape
dlist.go:60:12: "[" escapes to heap
dlist.go:62:12: ... argument does not escape
dlist.go:62:14: n.Value escapes to heap
dlist.go:64:13: ... argument does not escape
dlist.go:64:14: " <-> " escapes to heap
dlist.go:67:13: ... argument does not escape
dlist.go:67:14: "] size" escapes to heap
dlist.go:67:25: l.Size escapes to heap
dlist.go:70:7: l does not escape
dlist.go:72:12: ... argument does not escape
dlist.go:72:14: n.Value escapes to heap
dlist.go:72:22: " " escapes to heap
dlist.go:78:7: &List{} does not escape
dlist.go:85:13: ... argument does not escape
dlist.go:85:22: (*List).Remove(l, 30) escapes to heap
dlist.go:85:36: (*List).Remove(l, 99) escapes to heap
