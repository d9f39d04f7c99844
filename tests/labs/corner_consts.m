corner_consts.go:37:20: ... argument does not escape
corner_consts.go:37:39: uint8(c) escapes to heap
corner_consts.go:41:13: ... argument does not escape
corner_consts.go:41:14: KB escapes to heap
corner_consts.go:41:18: MB escapes to heap
corner_consts.go:41:22: GB escapes to heap
corner_consts.go:41:26: Red escapes to heap
corner_consts.go:41:31: Green escapes to heap
corner_consts.go:41:38: Blue escapes to heap
corner_consts.go:41:44: ratio escapes to heap
corner_consts.go:41:51: third escapes to heap
corner_consts.go:41:58: greeting escapes to heap
corner_consts.go:41:71: len(greeting) escapes to heap
corner_consts.go:42:12: ... argument does not escape
corner_consts.go:42:33: KB escapes to heap
corner_consts.go:42:37: Blue escapes to heap
corner_consts.go:42:43: third escapes to heap
corner_consts.go:42:55: Color(9) escapes to heap
corner_consts.go:42:60: Blue escapes to heap
corner_consts.go:48:13: ... argument does not escape
corner_consts.go:48:13: f32 escapes to heap
corner_consts.go:48:13: x escapes to heap
corner_consts.go:48:13: y escapes to heap
corner_consts.go:48:25: ^uint16(0) escapes to heap
corner_consts.go:48:37: ^0 escapes to heap
corner_consts.go:48:45: 1 << 3 | 1 escapes to heap
corner_consts.go:48:50: 6 &^ 2 escapes to heap
corner_consts.go:48:56: 7 & 3 escapes to heap
corner_consts.go:48:61: 1 ^ 3 escapes to heap
corner_consts.go:50:13: ... argument does not escape
corner_consts.go:50:19: typed / 3 escapes to heap
corner_consts.go:50:28: typed % 7 escapes to heap
corner_consts.go:50:32: -typed escapes to heap
corner_consts.go:50:54: float64(typed) / 3 escapes to heap
corner_consts.go:51:13: ... argument does not escape
corner_consts.go:51:14: 'a' escapes to heap
corner_consts.go:51:22: 'a' + 1 escapes to heap
corner_consts.go:51:32: string(rune('a' + 1)) escapes to heap
corner_consts.go:51:56: "\u00e9" == "é" escapes to heap
corner_consts.go:51:68: len("\xff") escapes to heap
corner_consts.go:51:78: "\x41" escapes to heap
corner_consts.go:52:13: ... argument does not escape
corner_consts.go:52:14: 0x1F escapes to heap
corner_consts.go:52:20: 0o17 escapes to heap
corner_consts.go:52:26: 017 escapes to heap
corner_consts.go:52:31: 0b101 escapes to heap
corner_consts.go:52:38: 1_000_000 escapes to heap
corner_consts.go:52:49: 0x1p4 escapes to heap
corner_consts.go:52:56: 1e3 escapes to heap
corner_consts.go:52:61: .5 escapes to heap
corner_consts.go:52:65: 5. escapes to heap
