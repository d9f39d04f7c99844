corner_nums.go:30:87: strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" escapes to heap
corner_nums.go:41:13: ... argument does not escape
corner_nums.go:41:13: i8 escapes to heap
corner_nums.go:41:13: u escapes to heap
corner_nums.go:41:13: u16 escapes to heap
corner_nums.go:41:13: u32 escapes to heap
corner_nums.go:41:33: -7 / 2 escapes to heap
corner_nums.go:41:39: -7 % 2 escapes to heap
corner_nums.go:41:44: 7 >> 1 escapes to heap
corner_nums.go:41:51: -7 >> 1 escapes to heap
corner_nums.go:42:13: ... argument does not escape
corner_nums.go:42:14: Sunday escapes to heap
corner_nums.go:42:22: Monday escapes to heap
corner_nums.go:42:30: Tuesday escapes to heap
corner_nums.go:42:39: Thursday escapes to heap
corner_nums.go:42:49: KB escapes to heap
corner_nums.go:42:53: MB escapes to heap
corner_nums.go:42:57: GB escapes to heap
corner_nums.go:43:12: ... argument does not escape
corner_nums.go:43:27: Thursday escapes to heap
corner_nums.go:43:44: Celsius(21.55) escapes to heap
corner_nums.go:43:60: Weekday(3) escapes to heap
corner_nums.go:44:28: []string{...} does not escape
corner_nums.go:46:14: ... argument does not escape
corner_nums.go:46:14: n escapes to heap
corner_nums.go:49:13: ... argument does not escape
corner_nums.go:51:13: ... argument does not escape
corner_nums.go:51:13: b escapes to heap
corner_nums.go:53:13: ... argument does not escape
corner_nums.go:53:13: v escapes to heap
corner_nums.go:55:13: ... argument does not escape
corner_nums.go:55:13: v escapes to heap
corner_nums.go:56:13: ... argument does not escape
corner_nums.go:56:27: strconv.Quote("tab\there \"q\" é \x01") escapes to heap
corner_nums.go:56:68: strconv.Itoa(-45) escapes to heap
corner_nums.go:56:92: strconv.FormatInt(-255, 16) escapes to heap
corner_nums.go:57:13: []rune{...} does not escape
corner_nums.go:58:13: ... argument does not escape
corner_nums.go:58:17: len(r) escapes to heap
corner_nums.go:58:25: len("héllo, 世界") escapes to heap
corner_nums.go:58:51: string(r[1]) escapes to heap
corner_nums.go:58:51: string(r[1]) escapes to heap
corner_nums.go:58:60: r[7] escapes to heap
corner_nums.go:58:71: string(r[7:]) escapes to heap
corner_nums.go:58:71: string(r[7:]) escapes to heap
corner_nums.go:60:12: ... argument does not escape
corner_nums.go:60:12: i escapes to heap
corner_nums.go:60:16: ":" escapes to heap
corner_nums.go:60:27: string(c) escapes to heap
corner_nums.go:60:27: string(c) escapes to heap
corner_nums.go:60:32: "(" escapes to heap
corner_nums.go:60:32: c escapes to heap
corner_nums.go:60:40: ") " escapes to heap
corner_nums.go:63:14: ([]byte)("abc") escapes to heap
corner_nums.go:65:13: ... argument does not escape
corner_nums.go:65:20: bs escapes to heap
corner_nums.go:65:20: string(bs) escapes to heap
corner_nums.go:65:20: string(bs) escapes to heap
corner_nums.go:65:33: 'a' + 1 escapes to heap
corner_nums.go:65:43: string(rune('a' + 1)) escapes to heap
corner_nums.go:66:13: []int{...} escapes to heap
corner_nums.go:67:12: xs escapes to heap
corner_nums.go:67:17: func literal does not escape
corner_nums.go:68:13: ... argument does not escape
corner_nums.go:68:13: xs escapes to heap
corner_nums.go:72:3: []struct { Name string; Age int }{...} escapes to heap
corner_nums.go:73:18: people escapes to heap
corner_nums.go:73:27: func literal does not escape
corner_nums.go:74:13: ... argument does not escape
corner_nums.go:74:13: people escapes to heap
corner_nums.go:75:16: []string{...} escapes to heap
corner_nums.go:77:13: ... argument does not escape
corner_nums.go:77:13: ss escapes to heap
corner_nums.go:77:33: sort.SearchInts([]int{...}, 5) escapes to heap
corner_nums.go:77:39: []int{...} does not escape
corner_nums.go:78:13: ... argument does not escape
corner_nums.go:78:23: math.Sqrt(2) escapes to heap
corner_nums.go:78:38: math.Floor(-2.5) escapes to heap
corner_nums.go:78:55: math.Ceil(-2.5) escapes to heap
corner_nums.go:78:71: math.Inf(1) escapes to heap
corner_nums.go:78:76: -math.Inf(1) escapes to heap
corner_nums.go:78:98: math.NaN() escapes to heap
corner_nums.go:79:13: ... argument does not escape
corner_nums.go:79:18: math.MaxInt64 escapes to heap
corner_nums.go:79:33: math.MinInt64 escapes to heap
corner_nums.go:79:48: math.MaxUint32 escapes to heap
corner_nums.go:79:64: math.Pi escapes to heap
corner_nums.go:80:13: ... argument does not escape
corner_nums.go:80:15: 7 / 2.0 escapes to heap
corner_nums.go:80:31: float64(7) / 2 escapes to heap
corner_nums.go:80:35: 1e6 escapes to heap
corner_nums.go:80:40: 1e21 escapes to heap
corner_nums.go:80:46: 123456789.0 escapes to heap
corner_nums.go:80:59: 0.000001 escapes to heap
corner_nums.go:80:69: 1e-7 escapes to heap
