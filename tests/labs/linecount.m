linecount.go:17:29: leaking param: p
linecount.go:17:7: leaking param content: c
linecount.go:33:14: xs does not escape
linecount.go:44:13: leaking param: w
linecount.go:44:26: leaking param content: students
linecount.go:45:14: ... argument does not escape
linecount.go:45:18: "Grade report" escapes to heap
linecount.go:46:14: ... argument does not escape
linecount.go:46:18: "------------" escapes to heap
linecount.go:48:14: ... argument does not escape
linecount.go:48:39: i + 1 escapes to heap
linecount.go:48:44: s.Name escapes to heap
linecount.go:48:58: average(s.Grades) escapes to heap
linecount.go:53:23: []Student{...} does not escape
linecount.go:54:18: []int{...} escapes to heap
linecount.go:55:16: []int{...} escapes to heap
linecount.go:56:19: []int{...} escapes to heap
linecount.go:59:13: &LineCounter{...} escapes to heap
linecount.go:61:12: ... argument does not escape
linecount.go:61:50: counter.lines escapes to heap
linecount.go:61:65: counter.bytes escapes to heap
