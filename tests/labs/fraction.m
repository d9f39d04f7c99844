fraction.go:24:8: "zero denominator" escapes to heap
fraction.go:51:21: ... argument does not escape
fraction.go:51:29: f.Num escapes to heap
fraction.go:53:20: ... argument does not escape
fraction.go:53:31: f.Num escapes to heap
fraction.go:53:38: f.Den escapes to heap
fraction.go:60:13: ... argument does not escape
fraction.go:60:13: a escapes to heap
fraction.go:60:13: b escapes to heap
fraction.go:60:13: c escapes to heap
fraction.go:61:13: ... argument does not escape
fraction.go:61:13: a escapes to heap
fraction.go:61:17: "+" escapes to heap
fraction.go:61:17: b escapes to heap
fraction.go:61:25: "=" escapes to heap
fraction.go:61:35: Fraction.Add(a, b) escapes to heap
fraction.go:62:13: ... argument does not escape
fraction.go:62:13: a escapes to heap
fraction.go:62:17: "-" escapes to heap
fraction.go:62:17: b escapes to heap
fraction.go:62:25: "=" escapes to heap
fraction.go:62:35: Fraction.Sub(a, b) escapes to heap
fraction.go:63:13: ... argument does not escape
fraction.go:63:13: a escapes to heap
fraction.go:63:17: "*" escapes to heap
fraction.go:63:17: c escapes to heap
fraction.go:63:25: "=" escapes to heap
fraction.go:63:35: Fraction.Mul(a, c) escapes to heap
fraction.go:64:13: ... argument does not escape
fraction.go:64:13: b escapes to heap
fraction.go:64:17: "/" escapes to heap
fraction.go:64:17: c escapes to heap
fraction.go:64:25: "=" escapes to heap
fraction.go:64:35: Fraction.Div(b, c) escapes to heap
fraction.go:65:12: ... argument does not escape
fraction.go:65:13: c escapes to heap
fraction.go:65:46: Fraction.Float(c) escapes to heap
fraction.go:69:13: ... argument does not escape
fraction.go:69:14: i escapes to heap
fraction.go:69:14: sum escapes to heap
fraction.go:75:13: ... argument does not escape
fraction.go:75:14: "H5 =" escapes to heap
fraction.go:75:14: h escapes to heap
fraction.go:75:31: Fraction.Less(h, New(3, 1)) escapes to heap
fraction.go:75:54: New(2, 4) == a escapes to heap
fraction.go:76:8: func literal does not escape
fraction.go:78:14: ... argument does not escape
fraction.go:78:15: "recovered:" escapes to heap
fraction.go:80:13: ... argument does not escape
fraction.go:80:19: Fraction.Div(a, New(0, 5)) escapes to heap
