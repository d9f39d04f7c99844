staff.go:10:7: p does not escape
staff.go:11:23: p.First + " " + p.Last escapes to heap
staff.go:14:7: p does not escape
staff.go:24:7: e does not escape
staff.go:25:20: ... argument does not escape
staff.go:25:48: e.ID escapes to heap
staff.go:25:63: Person.FullName(e.Person) escapes to heap
staff.go:25:68: e.Person.Age escapes to heap
staff.go:25:75: e.Salary escapes to heap
staff.go:28:7: e does not escape
staff.go:37:29: leaking param: e
staff.go:37:7: leaking param content: m
staff.go:41:7: m does not escape
staff.go:50:11: &Employee{...} escapes to heap
staff.go:51:9: &Employee{...} escapes to heap
staff.go:56:13: ... argument does not escape
staff.go:56:28: Employee.Describe(alice) escapes to heap
staff.go:57:13: ... argument does not escape
staff.go:57:26: Person.FullName(bob.Person) escapes to heap
staff.go:57:40: bob.Person.Age escapes to heap
staff.go:60:13: ... argument does not escape
staff.go:60:26: Employee.Describe(bob) escapes to heap
staff.go:61:13: ... argument does not escape
staff.go:61:27: Employee.Describe(boss.Employee) escapes to heap
staff.go:62:13: ... argument does not escape
staff.go:62:14: "manager first name:" escapes to heap
staff.go:62:41: boss.Employee.Person.First escapes to heap
staff.go:62:49: "ID:" escapes to heap
staff.go:62:60: boss.Employee.ID escapes to heap
staff.go:64:13: ... argument does not escape
staff.go:64:14: "boss age now" escapes to heap
staff.go:64:34: boss.Employee.Person.Age escapes to heap
staff.go:65:12: ... argument does not escape
staff.go:65:53: Manager.TeamPayroll(boss) escapes to heap
staff.go:67:13: ... argument does not escape
staff.go:67:27: i + 1 escapes to heap
staff.go:67:41: Person.FullName(r.Person) escapes to heap
staff.go:69:12: ... argument does not escape
staff.go:69:25: bob.Person escapes to heap
staff.go:70:12: ... argument does not escape
staff.go:70:21: *alice escapes to heap
