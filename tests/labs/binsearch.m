binsearch.go:21:13: []int{...} does not escape
binsearch.go:22:25: []int{...} does not escape
binsearch.go:24:14: ... argument does not escape
binsearch.go:24:14: found escapes to heap
binsearch.go:24:14: i escapes to heap
binsearch.go:24:14: t escapes to heap
binsearch.go:5:19: xs does not escape
