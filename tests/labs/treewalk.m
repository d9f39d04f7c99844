treewalk.go:11:13: leaking param: t
treewalk.go:13:10: &Tree{...} escapes to heap
treewalk.go:23:14: t does not escape
treewalk.go:23:23: visit does not escape
treewalk.go:32:15: t does not escape
treewalk.go:36:14: []int{...} escapes to heap
treewalk.go:42:13: t does not escape
treewalk.go:53:10: t does not escape
treewalk.go:62:25: []int{...} does not escape
treewalk.go:66:16: func literal does not escape
treewalk.go:69:13: ... argument does not escape
treewalk.go:69:14: "inorder:" escapes to heap
treewalk.go:69:14: sorted escapes to heap
treewalk.go:70:13: ... argument does not escape
treewalk.go:70:14: "preorder:" escapes to heap
treewalk.go:70:35: preorder(root) escapes to heap
treewalk.go:71:13: ... argument does not escape
treewalk.go:71:14: "height:" escapes to heap
treewalk.go:71:31: height(root) escapes to heap
treewalk.go:72:13: ... argument does not escape
treewalk.go:72:14: "sum:" escapes to heap
treewalk.go:72:25: sum(root) escapes to heap
treewalk.go:74:16: func literal does not escape
treewalk.go:79:13: ... argument does not escape
treewalk.go:79:14: "even values:" escapes to heap
treewalk.go:79:14: count escapes to heap
