shapes_sort.go:36:7: t does not escape
shapes_sort.go:40:7: t does not escape
shapes_sort.go:41:7: t does not escape
shapes_sort.go:45:7: a does not escape
shapes_sort.go:46:7: leaking param content: a
shapes_sort.go:47:50: ByArea.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
shapes_sort.go:47:50: ByArea.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
shapes_sort.go:47:7: a does not escape
shapes_sort.go:49:12: leaking param content: shapes
shapes_sort.go:57:15: s does not escape
shapes_sort.go:60:21: ... argument does not escape
shapes_sort.go:60:38: v.R escapes to heap
shapes_sort.go:62:21: ... argument does not escape
shapes_sort.go:62:37: v.W escapes to heap
shapes_sort.go:62:42: v.H escapes to heap
shapes_sort.go:64:21: ... argument does not escape
shapes_sort.go:64:44: v.A escapes to heap
shapes_sort.go:64:49: v.B escapes to heap
shapes_sort.go:64:54: v.C escapes to heap
shapes_sort.go:70:18: ByArea{...} escapes to heap
shapes_sort.go:71:7: Rect{...} escapes to heap
shapes_sort.go:72:9: Circle{...} escapes to heap
shapes_sort.go:73:3: &Triangle{...} escapes to heap
shapes_sort.go:74:7: Rect{...} escapes to heap
shapes_sort.go:75:9: Circle{...} escapes to heap
shapes_sort.go:77:11: shapes escapes to heap
shapes_sort.go:79:13: ... argument does not escape
shapes_sort.go:79:46: s.Name() escapes to heap
shapes_sort.go:79:56: s.Area() escapes to heap
shapes_sort.go:79:71: s.Perimeter() escapes to heap
shapes_sort.go:79:83: describe(s) escapes to heap
shapes_sort.go:81:15: ... argument does not escape
shapes_sort.go:81:42: Rect{...} escapes to heap
shapes_sort.go:82:12: ... argument does not escape
shapes_sort.go:82:13: a escapes to heap
shapes_sort.go:82:13: p escapes to heap
shapes_sort.go:85:14: ... argument does not escape
shapes_sort.go:85:15: "biggest is a" escapes to heap
shapes_sort.go:85:37: n.Name() escapes to heap
shapes_sort.go:88:14: ... argument does not escape
shapes_sort.go:88:15: "not a circle" escapes to heap
