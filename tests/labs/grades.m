grades.go:25:14: students does not escape
grades.go:34:20: []Student{...} does not escape
grades.go:41:13: ... argument does not escape
grades.go:41:32: s.Name escapes to heap
grades.go:41:40: s.Score escapes to heap
grades.go:41:54: letter(s.Score) escapes to heap
grades.go:43:12: ... argument does not escape
grades.go:43:45: average(class) escapes to heap
