leapyear.go:38:25: []int{...} does not escape
leapyear.go:39:14: ... argument does not escape
leapyear.go:39:14: y escapes to heap
leapyear.go:39:24: isLeap(y) escapes to heap
leapyear.go:45:13: ... argument does not escape
leapyear.go:45:14: "days in 2024:" escapes to heap
leapyear.go:45:14: total escapes to heap
leapyear.go:46:18: []string{...} does not escape
leapyear.go:47:13: ... argument does not escape
leapyear.go:47:14: "1 January 2000 was a" escapes to heap
leapyear.go:47:42: days[dayOfWeek(1, 1, 2000)] escapes to heap
leapyear.go:48:13: ... argument does not escape
leapyear.go:48:14: "20 July 1969 was a" escapes to heap
leapyear.go:48:40: days[dayOfWeek(20, 7, 1969)] escapes to heap
leapyear.go:51:12: ... argument does not escape
leapyear.go:51:37: monthNames[m - 1] escapes to heap
leapyear.go:51:37: y escapes to heap
leapyear.go:52:13: ... argument does not escape
leapyear.go:52:14: "Su Mo Tu We Th Fr Sa" escapes to heap
leapyear.go:55:12: ... argument does not escape
leapyear.go:55:13: "   " escapes to heap
leapyear.go:58:13: ... argument does not escape
leapyear.go:58:14: d escapes to heap
