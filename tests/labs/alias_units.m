alias_units.go:21:54: ... argument does not escape
alias_units.go:21:73: float64(c) escapes to heap
alias_units.go:30:12: leaking param: line
alias_units.go:64:12: log does not escape
alias_units.go:80:19: []string{...} does not escape
alias_units.go:85:14: ... argument does not escape
alias_units.go:85:15: line escapes to heap
alias_units.go:90:12: log escapes to heap
alias_units.go:90:18: func literal does not escape
alias_units.go:92:13: ... argument does not escape
alias_units.go:92:38: r.Station escapes to heap
alias_units.go:92:49: r.Temp escapes to heap
alias_units.go:92:63: float64(Celsius.ToF(r.Temp)) escapes to heap
alias_units.go:95:13: ... argument does not escape
alias_units.go:95:14: "low" escapes to heap
alias_units.go:95:14: lo escapes to heap
alias_units.go:95:25: "high" escapes to heap
alias_units.go:95:25: hi escapes to heap
alias_units.go:95:37: "mean" escapes to heap
alias_units.go:95:37: mean escapes to heap
alias_units.go:97:13: ... argument does not escape
alias_units.go:97:13: d escapes to heap
alias_units.go:97:22: Celsius.ToF(d) escapes to heap
alias_units.go:97:40: Fahrenheit.ToC(.autotmp_10) == d escapes to heap
alias_units.go:98:12: ... argument does not escape
alias_units.go:98:13: d escapes to heap
alias_units.go:98:33: log[0] escapes to heap
alias_units.go:98:41: log[0] escapes to heap
