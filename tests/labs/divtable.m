divtable.go:12:13: xs does not escape
divtable.go:29:16: leaking param: a
divtable.go:29:19: leaking param: b
divtable.go:42:25: []int{...} does not escape
divtable.go:43:14: ... argument does not escape
divtable.go:43:15: 100 escapes to heap
divtable.go:43:20: "/" escapes to heap
divtable.go:43:20: d escapes to heap
divtable.go:43:28: "=" escapes to heap
divtable.go:43:43: ... argument does not escape
divtable.go:43:43: .autotmp_1 escapes to heap
divtable.go:43:43: .autotmp_2 escapes to heap
divtable.go:43:43: fmt.Sprint(divmod(100, d)) escapes to heap
divtable.go:45:13: ... argument does not escape
divtable.go:45:13: .autotmp_3 escapes to heap
divtable.go:45:13: .autotmp_4 escapes to heap
divtable.go:46:15: []int{...} does not escape
divtable.go:47:13: ... argument does not escape
divtable.go:47:13: .autotmp_6 escapes to heap
divtable.go:47:13: .autotmp_7 escapes to heap
divtable.go:48:13: ... argument does not escape
divtable.go:48:14: "spread:" escapes to heap
divtable.go:48:31: spread(minMax(data)) escapes to heap
divtable.go:49:13: ... argument does not escape
divtable.go:49:13: .autotmp_10 escapes to heap
divtable.go:50:13: ... argument does not escape
divtable.go:50:13: .autotmp_12 escapes to heap
divtable.go:51:13: ... argument does not escape
divtable.go:51:13: .autotmp_14 escapes to heap
divtable.go:52:13: ... argument does not escape
divtable.go:52:13: .autotmp_16 escapes to heap
divtable.go:53:19: ... argument does not escape
divtable.go:53:19: .autotmp_18 escapes to heap
divtable.go:53:19: .autotmp_19 escapes to heap
divtable.go:53:32: []int{...} does not escape
divtable.go:54:11: ... argument does not escape
divtable.go:54:11: s escapes to heap
