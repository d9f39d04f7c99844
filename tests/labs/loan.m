loan.go:21:12: ... argument does not escape
loan.go:21:13: p escapes to heap
loan.go:24:12: ... argument does not escape
loan.go:24:37: "month" escapes to heap
loan.go:24:46: "interest" escapes to heap
loan.go:24:58: "principal" escapes to heap
loan.go:24:71: "balance" escapes to heap
loan.go:30:13: ... argument does not escape
loan.go:30:14: interest escapes to heap
loan.go:30:14: m escapes to heap
loan.go:30:14: princ escapes to heap
loan.go:30:72: math.Abs(balance) escapes to heap
loan.go:32:12: ... argument does not escape
loan.go:32:13: totalInterest escapes to heap
loan.go:33:13: ... argument does not escape
loan.go:33:21: payment(1200, 0, 12) escapes to heap
loan.go:38:13: ... argument does not escape
loan.go:38:13: compound escapes to heap
loan.go:38:48: math.Round(compound * 100) / 100 escapes to heap
loan.go:39:12: ... argument does not escape
loan.go:39:13: compound escapes to heap
loan.go:39:13: compound escapes to heap
loan.go:39:13: compound escapes to heap
