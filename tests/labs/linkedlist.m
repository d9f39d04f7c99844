linkedlist.go:15:7: leaking param content: l
linkedlist.go:16:11: &Node{...} escapes to heap
linkedlist.go:20:7: leaking param content: l
linkedlist.go:32:7: l does not escape
linkedlist.go:40:7: l does not escape
linkedlist.go:42:12: ... argument does not escape
linkedlist.go:42:14: n.Val escapes to heap
linkedlist.go:42:20: " " escapes to heap
linkedlist.go:48:7: &List{} does not escape
linkedlist.go:55:12: ... argument does not escape
linkedlist.go:55:34: l.Size escapes to heap
linkedlist.go:55:46: (*List).Sum(l) escapes to heap
