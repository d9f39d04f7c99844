grades_report.go:15:7: s does not escape
grades_report.go:45:24: leaking param: name
grades_report.go:45:7: c does not escape
grades_report.go:48:7: &Student{...} escapes to heap
grades_report.go:54:7: leaking param content: c
grades_report.go:55:13: make([]*Student, 0, len(c.students)) escapes to heap
grades_report.go:59:18: out escapes to heap
grades_report.go:59:24: func literal does not escape
grades_report.go:60:18: out escapes to heap
grades_report.go:60:24: func literal does not escape
grades_report.go:65:43: map[string]*Student{} does not escape
grades_report.go:65:7: &Class{...} does not escape
grades_report.go:71:15: ... argument does not escape
grades_report.go:76:24: map[string]int{} escapes to heap
grades_report.go:81:13: ... argument does not escape
grades_report.go:81:40: i + 1 escapes to heap
grades_report.go:81:45: avg escapes to heap
grades_report.go:81:45: g escapes to heap
grades_report.go:81:45: s.Name escapes to heap
grades_report.go:81:61: s.Scores escapes to heap
grades_report.go:83:13: ... argument does not escape
