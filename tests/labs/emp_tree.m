emp_tree.go:16:25: leaking param: name
emp_tree.go:16:31: leaking param: title
emp_tree.go:16:7: leaking param: e
emp_tree.go:17:7: &Employee{...} escapes to heap
emp_tree.go:22:7: e does not escape
emp_tree.go:30:7: leaking param content: e
emp_tree.go:31:12: ... argument does not escape
emp_tree.go:31:45: strings.Repeat("  ", depth) escapes to heap
emp_tree.go:31:61: e.Name escapes to heap
emp_tree.go:31:69: e.Title escapes to heap
emp_tree.go:31:78: e.Salary escapes to heap
emp_tree.go:37:7: leaking param content: e
emp_tree.go:45:11: leaking param: e to result ~r0 level=0
emp_tree.go:45:24: name does not escape
emp_tree.go:57:12: e does not escape
emp_tree.go:65:9: &Employee{...} escapes to heap
emp_tree.go:73:13: ... argument does not escape
emp_tree.go:73:14: "total" escapes to heap
emp_tree.go:73:31: (*Employee).Cost(ceo) escapes to heap
emp_tree.go:73:35: "eng" escapes to heap
emp_tree.go:73:50: (*Employee).Cost(cto) escapes to heap
emp_tree.go:75:14: ... argument does not escape
emp_tree.go:75:27: strings.Join((*Employee).Chain(f), " <- ") escapes to heap
emp_tree.go:77:13: ... argument does not escape
emp_tree.go:77:31: find(ceo, "Zed") == nil escapes to heap
emp_tree.go:79:13: ... argument does not escape
emp_tree.go:79:14: "after raise" escapes to heap
emp_tree.go:79:37: (*Employee).Cost(ceo) escapes to heap
emp_tree.go:79:44: eve.Salary escapes to heap
