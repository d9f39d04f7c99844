gradereport.go:14:14: scores does not escape
gradereport.go:38:18: leaking param: w
gradereport.go:38:30: leaking param: title
gradereport.go:39:14: ... argument does not escape
gradereport.go:39:14: title escapes to heap
gradereport.go:40:14: ... argument does not escape
gradereport.go:40:32: strings.Repeat("=", len(title)) escapes to heap
gradereport.go:43:15: leaking param: sb
gradereport.go:43:36: leaking param: s
gradereport.go:45:13: ... argument does not escape
gradereport.go:45:54: avg escapes to heap
gradereport.go:45:54: n escapes to heap
gradereport.go:45:54: s.Name escapes to heap
gradereport.go:45:75: letter(avg) escapes to heap
gradereport.go:49:20: []Student{...} does not escape
gradereport.go:50:18: []int{...} escapes to heap
gradereport.go:51:16: []int{...} escapes to heap
gradereport.go:52:17: []int{...} escapes to heap
gradereport.go:57:6: moved to heap: sb
gradereport.go:61:12: ... argument does not escape
gradereport.go:61:27: (*strings.Builder).String(sb) escapes to heap
gradereport.go:62:13: ... argument does not escape
gradereport.go:62:13: .autotmp_4 escapes to heap
gradereport.go:62:13: .autotmp_5 escapes to heap
gradereport.go:62:27: []int{...} does not escape
