bankacct.go:22:21: leaking param: owner
bankacct.go:22:7: leaking param content: b
bankacct.go:24:7: &Account{...} escapes to heap
bankacct.go:30:7: leaking param: b to result ~r0 level=2
bankacct.go:39:7: leaking param content: a
bankacct.go:44:7: leaking param content: a
bankacct.go:54:7: a does not escape
bankacct.go:58:7: b does not escape
bankacct.go:73:13: ... argument does not escape
bankacct.go:73:14: "bob withdraw 500:" escapes to heap
bankacct.go:73:14: ok escapes to heap
bankacct.go:75:13: ... argument does not escape
bankacct.go:75:35: acc.ID escapes to heap
bankacct.go:75:43: acc.Owner escapes to heap
bankacct.go:77:13: ... argument does not escape
bankacct.go:77:27: (*Bank).Find(bank, 7) == nil escapes to heap
bankacct.go:79:13: ... argument does not escape
bankacct.go:79:31: a.Owner escapes to heap
bankacct.go:79:48: Account.Balance(a) escapes to heap
bankacct.go:81:14: ... argument does not escape
bankacct.go:81:38: i + 1 escapes to heap
bankacct.go:81:43: t.Kind escapes to heap
bankacct.go:81:51: t.Amount escapes to heap
bankacct.go:84:12: ... argument does not escape
bankacct.go:84:40: (*Bank).Total(bank) escapes to heap
