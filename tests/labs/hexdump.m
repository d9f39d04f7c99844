hexdump.go:11:15: string([]byte{...}) escapes to heap
hexdump.go:11:22: []byte{...} does not escape
hexdump.go:11:32: index bounds check elided
hexdump.go:11:49: index bounds check elided
hexdump.go:14:11: data does not escape
hexdump.go:21:29: ... argument does not escape
hexdump.go:21:30: off escapes to heap
hexdump.go:58:11: ... argument does not escape
hexdump.go:58:16: dump(([]byte)(text)) escapes to heap
hexdump.go:58:23: ([]byte)(text) does not escape
hexdump.go:65:13: ... argument does not escape
hexdump.go:65:13: seq escapes to heap
hexdump.go:65:28: len(seq) == len(([]rune)(text)) escapes to heap
hexdump.go:65:41: ([]rune)(text) does not escape
hexdump.go:68:9: index bounds check elided
hexdump.go:70:13: ... argument does not escape
hexdump.go:70:20: counts[' '] escapes to heap
hexdump.go:70:33: counts[','] escapes to heap
hexdump.go:70:46: counts[0xe2] escapes to heap
hexdump.go:71:12: ... argument does not escape
hexdump.go:71:36: text[4:6] escapes to heap
hexdump.go:71:49: ([]byte)("€") escapes to heap
hexdump.go:71:49: ([]byte)("€") escapes to heap
hexdump.go:71:58: 'ñ' escapes to heap
hexdump.go:71:64: "ñ" escapes to heap
