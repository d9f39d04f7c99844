shout.go:16:22: p does not escape
shout.go:16:7: leaking param: u
shout.go:17:13: make([]byte, len(p)) escapes to heap
shout.go:27:12: leaking param: w
shout.go:29:14: ... argument does not escape
shout.go:29:18: i escapes to heap
shout.go:31:12: ... argument does not escape
shout.go:31:16: "and no little ducks came back\n" escapes to heap
shout.go:36:13: Upper{...} escapes to heap
shout.go:38:6: moved to heap: sb
shout.go:40:14: ... argument does not escape
shout.go:40:14: loud escapes to heap
shout.go:40:21: "quack" escapes to heap
shout.go:40:30: 3 escapes to heap
shout.go:40:33: "times" escapes to heap
shout.go:41:13: ... argument does not escape
shout.go:41:13: loud escapes to heap
shout.go:41:35: "ducks" escapes to heap
shout.go:41:44: "geese" escapes to heap
shout.go:42:11: ... argument does not escape
shout.go:42:21: (*strings.Builder).String(sb) escapes to heap
shout.go:43:13: ... argument does not escape
shout.go:43:20: (*strings.Builder).Len(sb) escapes to heap
shout.go:43:24: "bytes in the builder" escapes to heap
