ll_sorted.go:18:7: leaking param content: l
ll_sorted.go:19:7: &Node{...} escapes to heap
ll_sorted.go:35:7: leaking param content: l
ll_sorted.go:48:7: l does not escape
ll_sorted.go:49:6: moved to heap: sb
ll_sorted.go:55:13: ... argument does not escape
ll_sorted.go:55:20: n.Val escapes to heap
ll_sorted.go:61:14: leaking param: h
ll_sorted.go:72:13: leaking param: h to result ~r0 level=0
ll_sorted.go:82:7: &SortedList{} escapes to heap
ll_sorted.go:83:25: []int{...} does not escape
ll_sorted.go:86:13: ... argument does not escape
ll_sorted.go:86:18: l.size escapes to heap
ll_sorted.go:87:13: ... argument does not escape
ll_sorted.go:87:22: (*SortedList).Remove(l, 3) escapes to heap
ll_sorted.go:87:35: (*SortedList).Remove(l, 42) escapes to heap
ll_sorted.go:87:49: (*SortedList).Remove(l, 0) escapes to heap
ll_sorted.go:88:13: ... argument does not escape
ll_sorted.go:88:22: (*SortedList).String(l) escapes to heap
ll_sorted.go:88:27: l.size escapes to heap
ll_sorted.go:89:13: ... argument does not escape
ll_sorted.go:89:14: "middle:" escapes to heap
ll_sorted.go:89:39: middle(l.head).Val escapes to heap
ll_sorted.go:91:13: ... argument does not escape
ll_sorted.go:91:14: "reversed:" escapes to heap
