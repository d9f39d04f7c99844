corner_verbs.go:13:12: ... argument does not escape
corner_verbs.go:13:42: 42 escapes to heap
corner_verbs.go:13:46: 42 escapes to heap
corner_verbs.go:13:50: 42 escapes to heap
corner_verbs.go:13:54: 42 escapes to heap
corner_verbs.go:13:58: 42 escapes to heap
corner_verbs.go:14:12: ... argument does not escape
corner_verbs.go:14:45: 255 escapes to heap
corner_verbs.go:14:50: 255 escapes to heap
corner_verbs.go:14:55: 255 escapes to heap
corner_verbs.go:14:60: 8 escapes to heap
corner_verbs.go:14:63: 8 escapes to heap
corner_verbs.go:14:66: 5 escapes to heap
corner_verbs.go:14:69: 5 escapes to heap
corner_verbs.go:15:12: ... argument does not escape
corner_verbs.go:15:51: 3.14159 escapes to heap
corner_verbs.go:15:60: 2.5 escapes to heap
corner_verbs.go:15:65: 1.25 escapes to heap
corner_verbs.go:15:71: 123456.789 escapes to heap
corner_verbs.go:15:83: 0.000123 escapes to heap
corner_verbs.go:15:93: 1e21 escapes to heap
corner_verbs.go:15:99: 1e-7 escapes to heap
corner_verbs.go:16:102: "hi" escapes to heap
corner_verbs.go:16:12: ... argument does not escape
corner_verbs.go:16:52: "go" escapes to heap
corner_verbs.go:16:58: "go" escapes to heap
corner_verbs.go:16:64: "go" escapes to heap
corner_verbs.go:16:70: "gopher" escapes to heap
corner_verbs.go:16:80: "a\"b\n" escapes to heap
corner_verbs.go:16:90: "hi" escapes to heap
corner_verbs.go:16:96: "hi" escapes to heap
corner_verbs.go:17:12: ... argument does not escape
corner_verbs.go:17:33: 'é' escapes to heap
corner_verbs.go:17:39: 'x' escapes to heap
corner_verbs.go:17:44: 'é' escapes to heap
corner_verbs.go:17:50: 'é' escapes to heap
corner_verbs.go:18:12: ... argument does not escape
corner_verbs.go:18:30: true escapes to heap
corner_verbs.go:18:36: false escapes to heap
corner_verbs.go:18:43: true escapes to heap
corner_verbs.go:19:2: moved to heap: p
corner_verbs.go:20:12: ... argument does not escape
corner_verbs.go:20:13: p escapes to heap
corner_verbs.go:20:13: p escapes to heap
corner_verbs.go:20:13: p escapes to heap
corner_verbs.go:21:12: ... argument does not escape
corner_verbs.go:21:32: []P{...} escapes to heap
corner_verbs.go:21:32: []P{...} escapes to heap
corner_verbs.go:22:12: ... argument does not escape
corner_verbs.go:22:32: []int{...} escapes to heap
corner_verbs.go:22:32: []int{...} escapes to heap
corner_verbs.go:22:47: [2]bool{...} escapes to heap
corner_verbs.go:22:69: map[string]int{...} escapes to heap
corner_verbs.go:23:12: ... argument does not escape
corner_verbs.go:23:29: []int{...} escapes to heap
corner_verbs.go:23:29: []int{...} escapes to heap
corner_verbs.go:23:45: []string{...} escapes to heap
corner_verbs.go:23:45: []string{...} escapes to heap
corner_verbs.go:24:12: ... argument does not escape
corner_verbs.go:24:30: 3.14159 escapes to heap
corner_verbs.go:24:42: 0.1 + 0.2 escapes to heap
corner_verbs.go:24:55: float32(0.1) escapes to heap
corner_verbs.go:25:12: ... argument does not escape
corner_verbs.go:25:26: 50 escapes to heap
corner_verbs.go:26:12: ... argument does not escape
corner_verbs.go:26:21: "str" escapes to heap
corner_verbs.go:27:12: ... argument does not escape
corner_verbs.go:27:21: 12 escapes to heap
corner_verbs.go:28:12: ... argument does not escape
corner_verbs.go:28:24: 1 escapes to heap
corner_verbs.go:29:12: ... argument does not escape
corner_verbs.go:29:21: 1 escapes to heap
corner_verbs.go:29:24: 2 escapes to heap
corner_verbs.go:31:12: ... argument does not escape
corner_verbs.go:31:28: 5 escapes to heap
corner_verbs.go:31:31: 1 escapes to heap
corner_verbs.go:31:34: 4 escapes to heap
corner_verbs.go:31:37: 2 escapes to heap
corner_verbs.go:32:12: ... argument does not escape
corner_verbs.go:32:34: []any{...} escapes to heap
corner_verbs.go:32:34: []any{...} escapes to heap
corner_verbs.go:32:40: 1 escapes to heap
corner_verbs.go:32:43: "a" escapes to heap
corner_verbs.go:33:12: ... argument does not escape
corner_verbs.go:33:24: -255 escapes to heap
corner_verbs.go:33:30: "Hello" escapes to heap
corner_verbs.go:34:12: ... argument does not escape
corner_verbs.go:34:37: -3.14159 escapes to heap
corner_verbs.go:34:47: 7 escapes to heap
corner_verbs.go:34:50: 7 escapes to heap
corner_verbs.go:35:12: ... argument does not escape
corner_verbs.go:35:28: 'a' escapes to heap
corner_verbs.go:35:33: 'b' escapes to heap
corner_verbs.go:36:12: ... argument does not escape
corner_verbs.go:36:34: "hello" escapes to heap
corner_verbs.go:36:43: "hello" escapes to heap
corner_verbs.go:36:52: "hello" escapes to heap
corner_verbs.go:38:12: ... argument does not escape
corner_verbs.go:38:34: ([]byte)("AB") escapes to heap
corner_verbs.go:38:34: ([]byte)("AB") escapes to heap
corner_verbs.go:39:13: ... argument does not escape
corner_verbs.go:39:25: ... argument does not escape
corner_verbs.go:39:25: fmt.Sprintf("%5.1f%%", ... argument...) escapes to heap
corner_verbs.go:39:37: 99.44 escapes to heap
