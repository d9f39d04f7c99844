students.go:14:14: students does not escape
students.go:25:11: leaking param: students to result ~r0 level=1
students.go:39:20: []Student{...} escapes to heap
students.go:46:12: ... argument does not escape
students.go:46:39: average(class) escapes to heap
students.go:48:14: ... argument does not escape
students.go:48:15: "best:" escapes to heap
students.go:48:25: b.Name escapes to heap
students.go:48:33: b.Score escapes to heap
students.go:50:12: class escapes to heap
students.go:50:20: func literal does not escape
students.go:57:13: ... argument does not escape
students.go:57:39: i + 1 escapes to heap
students.go:57:44: s.Name escapes to heap
students.go:57:52: s.Age escapes to heap
students.go:57:59: s.Score escapes to heap
students.go:59:12: class escapes to heap
students.go:59:20: func literal does not escape
students.go:60:13: ... argument does not escape
students.go:60:13: class escapes to heap
students.go:61:12: ... argument does not escape
students.go:61:31: class[0] escapes to heap
students.go:61:41: class[1] escapes to heap
students.go:63:13: ... argument does not escape
students.go:63:13: ok escapes to heap
