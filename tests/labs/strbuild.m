strbuild.go:12:31: strings.Repeat("*", i) + "\n" escapes to heap
strbuild.go:17:10: nums does not escape
strbuild.go:18:19: []string{} does not escape
strbuild.go:26:11: ... argument does not escape
strbuild.go:26:20: triangle(4) escapes to heap
strbuild.go:27:13: ... argument does not escape
strbuild.go:27:17: csv([]int{...}) escapes to heap
strbuild.go:27:23: []int{...} does not escape
strbuild.go:28:20: ... argument does not escape
strbuild.go:28:43: 3 escapes to heap
strbuild.go:28:46: 9 escapes to heap
strbuild.go:29:13: ... argument does not escape
strbuild.go:29:13: msg escapes to heap
strbuild.go:29:22: len(msg) escapes to heap
strbuild.go:30:13: ... argument does not escape
strbuild.go:30:32: strings.ReplaceAll("a-b-c", "-", "+") escapes to heap
