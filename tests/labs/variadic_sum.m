variadic_sum.go:13:14: nums does not escape
variadic_sum.go:21:13: ... argument does not escape
variadic_sum.go:21:17: sum(nil...) escapes to heap
variadic_sum.go:22:13: ... argument does not escape
variadic_sum.go:22:17: ... argument does not escape
variadic_sum.go:22:17: sum(... argument...) escapes to heap
variadic_sum.go:23:13: []int{...} does not escape
variadic_sum.go:24:13: ... argument does not escape
variadic_sum.go:24:17: sum(xs...) escapes to heap
variadic_sum.go:25:13: ... argument does not escape
variadic_sum.go:25:21: average(xs...) escapes to heap
variadic_sum.go:26:12: ... argument does not escape
variadic_sum.go:26:30: ... argument does not escape
variadic_sum.go:26:30: average(... argument...) escapes to heap
variadic_sum.go:5:10: nums does not escape
