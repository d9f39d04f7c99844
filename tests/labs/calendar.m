calendar.go:50:22: ... argument does not escape
calendar.go:50:42: monthNames[month - 1] escapes to heap
calendar.go:50:42: year escapes to heap
calendar.go:52:13: ... argument does not escape
calendar.go:52:39: strings.Repeat(" ", pad) + title escapes to heap
calendar.go:52:39: strings.Repeat(" ", pad) + title escapes to heap
calendar.go:53:13: ... argument does not escape
calendar.go:53:14: "Su Mo Tu We Th Fr Sa" escapes to heap
calendar.go:55:11: ... argument does not escape
calendar.go:55:26: strings.Repeat("   ", start) escapes to heap
calendar.go:58:13: ... argument does not escape
calendar.go:58:14: d escapes to heap
calendar.go:64:13: ... argument does not escape
calendar.go:64:14: " " escapes to heap
calendar.go:76:18: []string{...} does not escape
calendar.go:77:19: [][3]int{...} does not escape
calendar.go:79:13: ... argument does not escape
calendar.go:79:64: dt[0] escapes to heap
calendar.go:79:71: dt[1] escapes to heap
calendar.go:79:78: dt[2] escapes to heap
calendar.go:80:49: dayOfYear(dt[0], dt[1], dt[2]) escapes to heap
calendar.go:80:8: days[weekday(dt[0], dt[1], dt[2])] escapes to heap
calendar.go:82:25: []int{...} does not escape
calendar.go:83:14: ... argument does not escape
calendar.go:83:14: y escapes to heap
calendar.go:83:18: "leap:" escapes to heap
calendar.go:83:33: isLeap(y) escapes to heap
