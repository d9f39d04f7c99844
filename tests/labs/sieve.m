sieve.go:22:13: ... argument does not escape
sieve.go:22:14: "there are" escapes to heap
sieve.go:22:30: len(ps) escapes to heap
sieve.go:22:36: "primes below 100" escapes to heap
sieve.go:24:13: ... argument does not escape
sieve.go:24:14: p escapes to heap
sieve.go:34:14: ... argument does not escape
sieve.go:34:30: ps[i - 1] escapes to heap
sieve.go:34:39: ps[i] escapes to heap
sieve.go:39:13: ... argument does not escape
sieve.go:39:14: "twin pairs:" escapes to heap
sieve.go:39:14: count escapes to heap
sieve.go:41:13: ... argument does not escape
sieve.go:41:14: "largest prime below 10000:" escapes to heap
sieve.go:41:47: big[len(big) - 1] escapes to heap
sieve.go:6:19: make([]bool, n + 1) escapes to heap
