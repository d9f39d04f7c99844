fibmemo.go:12:21: memo does not escape
fibmemo.go:48:14: leaking param: s to result ~r0 level=0
fibmemo.go:52:24: reverse(s[1:]) + s[:1] escapes to heap
fibmemo.go:57:13: ... argument does not escape
fibmemo.go:57:14: i escapes to heap
fibmemo.go:57:41: fibRec(i) escapes to heap
fibmemo.go:59:14: make([]int, 91) does not escape
fibmemo.go:60:13: ... argument does not escape
fibmemo.go:60:14: "fib(90) =" escapes to heap
fibmemo.go:60:34: fibMemo(90, memo) escapes to heap
fibmemo.go:62:13: ... argument does not escape
fibmemo.go:62:14: i escapes to heap
fibmemo.go:62:41: factorial(i) escapes to heap
fibmemo.go:64:13: ... argument does not escape
fibmemo.go:64:19: power(2, 10) escapes to heap
fibmemo.go:64:33: power(3, 13) escapes to heap
fibmemo.go:64:47: power(7, 0) escapes to heap
fibmemo.go:65:13: ... argument does not escape
fibmemo.go:65:23: sumDigits(123456789) escapes to heap
fibmemo.go:65:43: reverse("recursion") escapes to heap
