primes.go:22:13: ... argument does not escape
primes.go:22:13: ps escapes to heap
primes.go:23:13: ... argument does not escape
primes.go:23:14: "count:" escapes to heap
primes.go:23:27: len(ps) escapes to heap
primes.go:24:12: ... argument does not escape
primes.go:24:32: ps[len(ps) - 1] escapes to heap
primes.go:6:19: make([]bool, n + 1) escapes to heap
