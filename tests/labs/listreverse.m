listreverse.go:10:16: nums does not escape
listreverse.go:13:11: &ListNode{...} escapes to heap
listreverse.go:24:7: l does not escape
listreverse.go:27:18: ... argument does not escape
listreverse.go:27:20: n.Val escapes to heap
listreverse.go:32:11: s + "]" escapes to heap
listreverse.go:35:14: leaking param: head
listreverse.go:47:17: leaking param: head
listreverse.go:57:13: head does not escape
listreverse.go:65:13: leaking param: head to result ~r0 level=0
listreverse.go:75:25: []int{...} does not escape
listreverse.go:76:13: ... argument does not escape
listreverse.go:76:14: "original:" escapes to heap
listreverse.go:77:13: ... argument does not escape
listreverse.go:77:14: "length:" escapes to heap
listreverse.go:77:31: length(list) escapes to heap
listreverse.go:77:39: "middle:" escapes to heap
listreverse.go:77:62: middle(list).Val escapes to heap
listreverse.go:79:13: ... argument does not escape
listreverse.go:79:14: "reversed:" escapes to heap
listreverse.go:81:13: ... argument does not escape
listreverse.go:81:14: "back again:" escapes to heap
listreverse.go:83:13: ... argument does not escape
listreverse.go:83:14: "empty reversed:" escapes to heap
listreverse.go:83:48: reverse(empty) == nil escapes to heap
listreverse.go:84:27: []int{...} does not escape
listreverse.go:85:13: ... argument does not escape
listreverse.go:85:14: "single:" escapes to heap
