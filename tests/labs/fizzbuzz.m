fizzbuzz.go:21:14: ... argument does not escape
fizzbuzz.go:21:23: fizzbuzz(i) escapes to heap
