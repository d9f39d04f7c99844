bases.go:14:25: strconv.Itoa(n % 2) + s escapes to heap
bases.go:27:22: []byte{...} escapes to heap
bases.go:30:15: string(buf) escapes to heap
bases.go:33:17: s does not escape
bases.go:42:25: []int{...} does not escape
bases.go:43:13: ... argument does not escape
bases.go:43:14: n escapes to heap
bases.go:43:49: toBinary(n) escapes to heap
bases.go:43:60: toBase(n, 16) escapes to heap
bases.go:43:75: toBase(n, 8) escapes to heap
bases.go:45:13: ... argument does not escape
bases.go:45:24: fromBinary("101010") escapes to heap
bases.go:45:46: fromBinary("11111111") escapes to heap
bases.go:46:13: ... argument does not escape
bases.go:46:31: strconv.FormatInt(255, 2) escapes to heap
bases.go:46:58: strconv.FormatInt(255, 16) escapes to heap
bases.go:46:86: strconv.FormatInt(-255, 36) escapes to heap
bases.go:47:12: ... argument does not escape
bases.go:47:39: 200 escapes to heap
bases.go:47:44: 200 escapes to heap
bases.go:47:49: 200 escapes to heap
bases.go:47:54: 200 escapes to heap
bases.go:47:59: 200 escapes to heap
bases.go:47:64: 5 escapes to heap
bases.go:49:13: ... argument does not escape
bases.go:49:15: v + 1 escapes to heap
bases.go:51:13: ... argument does not escape
bases.go:53:13: ... argument does not escape
bases.go:53:13: n escapes to heap
