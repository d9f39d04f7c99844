bst.go:10:13: leaking param: t
bst.go:12:10: &Tree{...} escapes to heap
bst.go:22:14: t does not escape
bst.go:22:23: leaking param: out to result ~r0 level=0
bst.go:31:13: t does not escape
bst.go:44:25: []int{...} does not escape
bst.go:47:13: ... argument does not escape
bst.go:47:21: inorder(root, nil) escapes to heap
bst.go:48:13: ... argument does not escape
bst.go:48:14: "height:" escapes to heap
bst.go:48:31: height(root) escapes to heap
