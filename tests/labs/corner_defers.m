corner_defers.go:12:7: leaking param content: s
corner_defers.go:13:7: s does not escape
corner_defers.go:18:10: (*Stack).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
corner_defers.go:23:8: func literal does not escape
corner_defers.go:25:20: ... argument does not escape
corner_defers.go:32:2: moved to heap: n
corner_defers.go:33:9: func literal escapes to heap
corner_defers.go:36:10: nums does not escape
corner_defers.go:45:11: m does not escape
corner_defers.go:45:29: leaking param: k
corner_defers.go:49:22: ... argument does not escape
corner_defers.go:49:23: k escapes to heap
corner_defers.go:53:7: &Stack{} does not escape
corner_defers.go:55:20: ... argument does not escape
corner_defers.go:55:21: "deferred" escapes to heap
corner_defers.go:55:21: i escapes to heap
corner_defers.go:61:15: ... argument does not escape
corner_defers.go:64:12: ... argument does not escape
corner_defers.go:64:12: v escapes to heap
corner_defers.go:64:16: " " escapes to heap
corner_defers.go:66:13: ... argument does not escape
corner_defers.go:66:13: .autotmp_4 escapes to heap
corner_defers.go:67:13: ... argument does not escape
corner_defers.go:67:13: .autotmp_6 escapes to heap
corner_defers.go:71:13: ... argument does not escape
corner_defers.go:71:15: c() escapes to heap
corner_defers.go:71:22: sum(nil...) escapes to heap
corner_defers.go:71:29: ... argument does not escape
corner_defers.go:71:29: sum(... argument...) escapes to heap
corner_defers.go:71:43: sum([]int{...}...) escapes to heap
corner_defers.go:71:49: []int{...} does not escape
corner_defers.go:72:21: map[string]int{...} does not escape
corner_defers.go:74:13: ... argument does not escape
corner_defers.go:74:28: errors.Is(err, ErrNotFound) escapes to heap
corner_defers.go:74:67: errors.Unwrap(err) == ErrNotFound escapes to heap
corner_defers.go:78:13: ... argument does not escape
corner_defers.go:78:16: a == b escapes to heap
corner_defers.go:78:27: arr1 == arr2 escapes to heap
corner_defers.go:78:38: a != pt{...} escapes to heap
corner_defers.go:79:26: []func(int) int{...} does not escape
corner_defers.go:79:27: func literal does not escape
corner_defers.go:79:61: func literal does not escape
corner_defers.go:81:14: ... argument does not escape
corner_defers.go:81:14: i escapes to heap
corner_defers.go:81:19: f(i + 1) escapes to heap
