multable.go:13:12: ... argument does not escape
multable.go:13:13: "----" escapes to heap
multable.go:17:13: ... argument does not escape
multable.go:17:14: i escapes to heap
multable.go:19:14: ... argument does not escape
multable.go:19:23: i * j escapes to heap
multable.go:23:12: ... argument does not escape
multable.go:23:29: "left" escapes to heap
multable.go:23:37: "right" escapes to heap
multable.go:24:12: ... argument does not escape
multable.go:24:34: 42 escapes to heap
multable.go:24:38: 42 escapes to heap
multable.go:24:42: 42 escapes to heap
multable.go:25:12: ... argument does not escape
multable.go:25:37: 3.14159 escapes to heap
multable.go:25:46: 2.5 escapes to heap
multable.go:25:51: 7 escapes to heap
multable.go:26:12: ... argument does not escape
multable.go:26:26: 45.678 escapes to heap
multable.go:7:12: ... argument does not escape
multable.go:7:22: "x" escapes to heap
multable.go:9:13: ... argument does not escape
multable.go:9:14: j escapes to heap
