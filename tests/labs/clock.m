clock.go:26:20: ... argument does not escape
clock.go:26:35: c.h escapes to heap
clock.go:26:40: c.m escapes to heap
clock.go:37:21: ... argument does not escape
clock.go:37:32: int(d) escapes to heap
clock.go:39:20: ... argument does not escape
clock.go:39:39: int(d) / 60 escapes to heap
clock.go:39:50: int(d) % 60 escapes to heap
clock.go:44:13: ... argument does not escape
clock.go:44:14: "start" escapes to heap
clock.go:44:14: c escapes to heap
clock.go:45:13: ... argument does not escape
clock.go:45:19: Clock.Add(c, 45) escapes to heap
clock.go:45:30: Clock.Add(c, -45) escapes to heap
clock.go:45:42: Clock.Add(c, 60 * 24 + 1) escapes to heap
clock.go:46:13: ... argument does not escape
clock.go:46:17: New(25, 70) escapes to heap
clock.go:46:30: New(-1, 15) escapes to heap
clock.go:46:43: New(0, -1) escapes to heap
clock.go:46:55: New(-25, -160) escapes to heap
clock.go:47:13: ... argument does not escape
clock.go:47:24: Clock.Subtract(c, 3000) escapes to heap
clock.go:48:13: ... argument does not escape
clock.go:48:26: New(10, 30) == New(34, 30) escapes to heap
clock.go:48:54: New(10, 30) == c escapes to heap
clock.go:49:21: []Clock{...} does not escape
clock.go:56:12: ... argument does not escape
clock.go:56:13: earliest escapes to heap
clock.go:56:73: struct { H int; M int }{...} escapes to heap
clock.go:57:30: []Duration{...} does not escape
clock.go:58:12: ... argument does not escape
clock.go:58:12: d escapes to heap
clock.go:58:16: " " escapes to heap
clock.go:61:12: ... argument does not escape
clock.go:61:35: Duration(90) escapes to heap
clock.go:61:49: Duration(90) escapes to heap
clock.go:61:63: Duration(90) escapes to heap
