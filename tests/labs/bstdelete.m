bstdelete.go:10:13: leaking param: root
bstdelete.go:12:10: &Node{...} escapes to heap
bstdelete.go:22:14: leaking param: n to result ~r0 level=0
bstdelete.go:29:16: leaking param: root
bstdelete.go:52:14: n does not escape
bstdelete.go:52:23: leaking param: out to result ~r0 level=0
bstdelete.go:61:13: n does not escape
bstdelete.go:74:25: []int{...} does not escape
bstdelete.go:77:13: ... argument does not escape
bstdelete.go:77:14: "inorder:" escapes to heap
bstdelete.go:77:33: inorder(root, nil) escapes to heap
bstdelete.go:78:13: ... argument does not escape
bstdelete.go:78:14: "height:" escapes to heap
bstdelete.go:78:31: height(root) escapes to heap
bstdelete.go:80:25: []int{...} does not escape
bstdelete.go:82:101: height(root) escapes to heap
bstdelete.go:82:13: ... argument does not escape
bstdelete.go:82:14: k escapes to heap
bstdelete.go:82:72: inorder(root, nil) escapes to heap
bstdelete.go:82:89: root.Key escapes to heap
