gradebook.go:10:47: string(g) escapes to heap
gradebook.go:14:7: s does not escape
gradebook.go:25:7: leaking param content: s
gradebook.go:50:4: []struct { name string; scores Scores }{...} does not escape
gradebook.go:51:20: Scores{...} escapes to heap
gradebook.go:52:18: Scores{...} escapes to heap
gradebook.go:53:20: Scores{...} escapes to heap
gradebook.go:70:13: ... argument does not escape
gradebook.go:70:35: avg escapes to heap
gradebook.go:70:35: st.name escapes to heap
gradebook.go:70:51: rune(g) escapes to heap
gradebook.go:72:13: ... argument does not escape
gradebook.go:72:14: "passed:" escapes to heap
gradebook.go:72:14: passed escapes to heap
gradebook.go:72:33: "of" escapes to heap
gradebook.go:72:42: len(students) escapes to heap
gradebook.go:75:52: strings.ToUpper(r.name) + "=" + Grade.String(r.grade) escapes to heap
gradebook.go:77:13: ... argument does not escape
gradebook.go:77:26: strings.Join(names, ", ") escapes to heap
gradebook.go:79:13: ... argument does not escape
gradebook.go:79:20: first == summary{...} escapes to heap
gradebook.go:79:52: first != results[1] escapes to heap
