pretty.go:28:19: leaking param: a
pretty.go:29:13: ... argument does not escape
pretty.go:29:14: "{" escapes to heap
pretty.go:30:12: ... argument does not escape
pretty.go:30:42: indent(depth + 1) escapes to heap
pretty.go:30:54: a.Street escapes to heap
pretty.go:31:12: ... argument does not escape
pretty.go:31:40: indent(depth + 1) escapes to heap
pretty.go:31:52: a.City escapes to heap
pretty.go:32:12: ... argument does not escape
pretty.go:32:38: indent(depth + 1) escapes to heap
pretty.go:32:50: a.Zip escapes to heap
pretty.go:33:11: ... argument does not escape
pretty.go:33:18: indent(depth) escapes to heap
pretty.go:33:27: "}" escapes to heap
pretty.go:36:18: leaking param content: p
pretty.go:38:12: ... argument does not escape
pretty.go:38:13: "null" escapes to heap
pretty.go:42:13: ... argument does not escape
pretty.go:42:14: "{" escapes to heap
pretty.go:43:12: ... argument does not escape
pretty.go:43:13: in escapes to heap
pretty.go:43:39: p.Name escapes to heap
pretty.go:44:12: ... argument does not escape
pretty.go:44:13: in escapes to heap
pretty.go:44:38: p.Age escapes to heap
pretty.go:45:12: ... argument does not escape
pretty.go:45:13: in escapes to heap
pretty.go:48:13: ... argument does not escape
pretty.go:48:14: ", " escapes to heap
pretty.go:50:13: ... argument does not escape
pretty.go:50:14: e escapes to heap
pretty.go:52:13: ... argument does not escape
pretty.go:52:14: "]," escapes to heap
pretty.go:53:12: ... argument does not escape
pretty.go:53:13: in escapes to heap
pretty.go:55:13: ... argument does not escape
pretty.go:55:14: "," escapes to heap
pretty.go:56:12: ... argument does not escape
pretty.go:56:13: in escapes to heap
pretty.go:57:18: []string{...} does not escape
pretty.go:65:13: ... argument does not escape
pretty.go:65:14: ", " escapes to heap
pretty.go:68:13: ... argument does not escape
pretty.go:68:14: k escapes to heap
pretty.go:68:14: v escapes to heap
pretty.go:70:13: ... argument does not escape
pretty.go:70:14: "}," escapes to heap
pretty.go:71:12: ... argument does not escape
pretty.go:71:13: in escapes to heap
pretty.go:74:11: ... argument does not escape
pretty.go:74:18: indent(depth) escapes to heap
pretty.go:74:27: "}" escapes to heap
pretty.go:78:10: &Person{...} escapes to heap
pretty.go:81:19: []string{...} escapes to heap
pretty.go:83:25: map[string]int{...} escapes to heap
pretty.go:85:9: &Person{...} does not escape
pretty.go:88:20: []string{...} escapes to heap
pretty.go:90:26: map[string]int{...} escapes to heap
