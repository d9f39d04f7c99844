factors.go:19:13: fs does not escape
factors.go:30:20: ... argument does not escape
factors.go:30:32: fs[i] escapes to heap
factors.go:30:38: j - i escapes to heap
factors.go:32:19: ... argument does not escape
factors.go:32:22: fs[i] escapes to heap
factors.go:50:25: []int{...} does not escape
factors.go:52:13: ... argument does not escape
factors.go:52:14: n escapes to heap
factors.go:52:62: c escapes to heap
factors.go:52:62: format(primeFactors(n)) escapes to heap
factors.go:52:62: s escapes to heap
