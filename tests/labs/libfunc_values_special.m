libfunc_values_special.go:15:7: a does not escape
libfunc_values_special.go:16:48: Ints.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
libfunc_values_special.go:16:48: Ints.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
libfunc_values_special.go:16:7: a does not escape
libfunc_values_special.go:17:7: a does not escape
libfunc_values_special.go:21:16: "fp" escapes to heap
libfunc_values_special.go:21:22: 1 escapes to heap
libfunc_values_special.go:21:4: ... argument does not escape
libfunc_values_special.go:23:28: 2 escapes to heap
libfunc_values_special.go:23:31: "b" escapes to heap
libfunc_values_special.go:23:5: ... argument does not escape
libfunc_values_special.go:25:12: Ints{...} escapes to heap
libfunc_values_special.go:26:5: xs escapes to heap
libfunc_values_special.go:27:13: ... argument does not escape
libfunc_values_special.go:27:13: xs escapes to heap
libfunc_values_special.go:29:13: []int{...} escapes to heap
libfunc_values_special.go:30:4: ys escapes to heap
libfunc_values_special.go:30:9: func literal does not escape
libfunc_values_special.go:31:13: ... argument does not escape
libfunc_values_special.go:31:13: ys escapes to heap
libfunc_values_special.go:33:25: 1 escapes to heap
libfunc_values_special.go:33:9: ... argument does not escape
libfunc_values_special.go:34:13: ... argument does not escape
libfunc_values_special.go:34:34: errors.Unwrap(e) != nil escapes to heap
libfunc_values_special.go:36:13: ... argument does not escape
libfunc_values_special.go:36:16: rl("héllo") escapes to heap
libfunc_values_special.go:38:21: []int{...} escapes to heap
libfunc_values_special.go:38:21: []int{...} escapes to heap
libfunc_values_special.go:38:26: "s" escapes to heap
libfunc_values_special.go:38:4: ... argument does not escape
libfunc_values_special.go:40:13: ... argument does not escape
libfunc_values_special.go:40:16: is(e, e) escapes to heap
