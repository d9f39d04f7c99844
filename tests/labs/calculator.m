calculator.go:26:11: tokens does not escape
calculator.go:59:31: []string{...} does not escape
calculator.go:62:15: ... argument does not escape
calculator.go:62:15: expr escapes to heap
calculator.go:62:22: "=" escapes to heap
calculator.go:62:39: strconv.Itoa(v) escapes to heap
calculator.go:64:15: ... argument does not escape
calculator.go:64:15: expr escapes to heap
calculator.go:64:22: "= error" escapes to heap
calculator.go:9:12: op does not escape
