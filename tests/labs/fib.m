fib.go:25:13: ... argument does not escape
fib.go:25:18: fibs(15) escapes to heap
fib.go:26:13: ... argument does not escape
fib.go:26:14: "fib(20) =" escapes to heap
fib.go:26:33: fibRec(20) escapes to heap
fib.go:33:13: ... argument does not escape
fib.go:33:14: "even sum:" escapes to heap
fib.go:33:14: sum escapes to heap
fib.go:6:11: make([]int, n) escapes to heap
