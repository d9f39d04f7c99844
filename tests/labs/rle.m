rle.go:19:16: string(s[i - 1]) does not escape
rle.go:19:25: string(s[i - 1]) + strconv.Itoa(run) escapes to heap
rle.go:26:28: []string{...} does not escape
rle.go:27:13: ... argument does not escape
rle.go:27:14: s escapes to heap
rle.go:27:39: compress(s) escapes to heap
rle.go:8:15: s does not escape
