collatz.go:28:13: ... argument does not escape
collatz.go:28:19: steps(6) escapes to heap
collatz.go:28:29: steps(27) escapes to heap
collatz.go:30:12: ... argument does not escape
collatz.go:30:13: l escapes to heap
collatz.go:30:13: n escapes to heap
