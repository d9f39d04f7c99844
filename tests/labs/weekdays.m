weekdays.go:50:21: ... argument does not escape
weekdays.go:50:42: float64(s) / float64(GB) escapes to heap
weekdays.go:52:21: ... argument does not escape
weekdays.go:52:42: float64(s) / float64(MB) escapes to heap
weekdays.go:54:21: ... argument does not escape
weekdays.go:54:42: float64(s) / float64(KB) escapes to heap
weekdays.go:56:20: ... argument does not escape
weekdays.go:56:33: int64(s) escapes to heap
weekdays.go:66:14: ... argument does not escape
weekdays.go:66:18: int(d) escapes to heap
weekdays.go:66:29: Weekday.Name(d) escapes to heap
weekdays.go:66:29: kind escapes to heap
weekdays.go:69:13: ... argument does not escape
weekdays.go:69:29: Weekday.Name(Weekday(9)) escapes to heap
weekdays.go:70:17: []Size{...} does not escape
weekdays.go:72:14: ... argument does not escape
weekdays.go:72:20: int64(s) escapes to heap
weekdays.go:72:32: Size.Human(s) escapes to heap
weekdays.go:74:13: ... argument does not escape
weekdays.go:74:17: len(names) escapes to heap
weekdays.go:74:26: KB escapes to heap
weekdays.go:74:30: MB escapes to heap
