corner_conv.go:11:29: []float64{...} does not escape
corner_conv.go:12:115: strconv.FormatFloat(f, 'g', -1, 64) escapes to heap
corner_conv.go:12:12: ... argument does not escape
corner_conv.go:12:133: "|" escapes to heap
corner_conv.go:12:32: strconv.FormatFloat(f, 'f', -1, 64) escapes to heap
corner_conv.go:12:50: " " escapes to heap
corner_conv.go:12:74: strconv.FormatFloat(f, 'e', 3, 64) escapes to heap
corner_conv.go:12:91: " " escapes to heap
corner_conv.go:15:13: ... argument does not escape
corner_conv.go:15:27: strconv.Quote("日本\t\x00") escapes to heap
corner_conv.go:15:63: strconv.FormatBool(true) escapes to heap
corner_conv.go:15:88: strconv.FormatInt(1 << 40, 36) escapes to heap
corner_conv.go:16:28: []string{...} does not escape
corner_conv.go:18:14: ... argument does not escape
corner_conv.go:18:14: f escapes to heap
corner_conv.go:20:28: []string{...} does not escape
corner_conv.go:22:14: ... argument does not escape
corner_conv.go:22:14: b escapes to heap
corner_conv.go:25:13: ... argument does not escape
corner_conv.go:25:13: u escapes to heap
corner_conv.go:27:13: ... argument does not escape
corner_conv.go:27:13: i escapes to heap
corner_conv.go:29:13: ... argument does not escape
corner_conv.go:29:13: i escapes to heap
corner_conv.go:30:13: ... argument does not escape
corner_conv.go:30:26: strconv.Itoa(0) escapes to heap
corner_conv.go:30:43: strconv.Itoa(-9223372036854775808) escapes to heap
corner_conv.go:33:13: ... argument does not escape
corner_conv.go:33:13: n escapes to heap
corner_conv.go:33:27: float64(n) / 8 escapes to heap
corner_conv.go:33:34: int(f399) escapes to heap
corner_conv.go:33:45: int(-f399) escapes to heap
corner_conv.go:33:59: uint8(300 & 0xff) escapes to heap
corner_conv.go:33:76: int64(float32(16777217)) escapes to heap
