generators.go:14:2: moved to heap: a
generators.go:14:5: moved to heap: b
generators.go:15:9: func literal escapes to heap
generators.go:23:16: []int{} escapes to heap
generators.go:23:2: moved to heap: found
generators.go:24:2: moved to heap: candidate
generators.go:25:9: func literal escapes to heap
generators.go:46:11: gen does not escape
generators.go:47:13: make([]int, n) escapes to heap
generators.go:54:13: leaking param: gen
generators.go:54:29: leaking param: keep
generators.go:55:9: func literal escapes to heap
generators.go:67:13: ... argument does not escape
generators.go:67:14: "evens:" escapes to heap
generators.go:67:28: take(evens, 6) escapes to heap
generators.go:68:13: ... argument does not escape
generators.go:68:14: "next even:" escapes to heap
generators.go:68:33: evens() escapes to heap
generators.go:6:2: moved to heap: n
generators.go:70:13: ... argument does not escape
generators.go:70:14: "fib:" escapes to heap
generators.go:70:26: take(fibGen(), 12) escapes to heap
generators.go:71:13: ... argument does not escape
generators.go:71:14: "primes:" escapes to heap
generators.go:71:29: take(primeGen(), 10) escapes to heap
generators.go:73:9: func literal escapes to heap
generators.go:75:13: ... argument does not escape
generators.go:75:14: "odd fibs:" escapes to heap
generators.go:75:31: take(oddFib, 8) escapes to heap
generators.go:7:9: func literal escapes to heap
generators.go:81:13: ... argument does not escape
generators.go:81:14: "independent:" escapes to heap
generators.go:81:32: c1() escapes to heap
generators.go:81:38: c2() escapes to heap
