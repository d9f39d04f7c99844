bank.go:10:7: a does not escape
bank.go:14:7: a does not escape
bank.go:22:15: from does not escape
bank.go:22:21: to does not escape
bank.go:31:11: &Account{...} does not escape
bank.go:32:9: &Account{...} does not escape
bank.go:34:13: ... argument does not escape
bank.go:34:22: transfer(alice, bob, 40) escapes to heap
bank.go:35:13: ... argument does not escape
bank.go:35:22: transfer(bob, alice, 1000) escapes to heap
bank.go:36:12: ... argument does not escape
bank.go:36:35: alice.Owner escapes to heap
bank.go:36:48: alice.Balance escapes to heap
bank.go:37:12: ... argument does not escape
bank.go:37:33: bob.Owner escapes to heap
bank.go:37:44: bob.Balance escapes to heap
