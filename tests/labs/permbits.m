permbits.go:12:13: ([]byte)("---") does not escape
permbits.go:22:15: string(s) escapes to heap
permbits.go:49:13: ... argument does not escape
permbits.go:49:22: describe(perm) escapes to heap
permbits.go:49:22: perm escapes to heap
permbits.go:51:13: ... argument does not escape
permbits.go:51:22: describe(perm) escapes to heap
permbits.go:51:22: perm escapes to heap
permbits.go:53:13: ... argument does not escape
permbits.go:53:22: describe(perm) escapes to heap
permbits.go:53:22: perm escapes to heap
permbits.go:55:13: ... argument does not escape
permbits.go:55:22: describe(perm) escapes to heap
permbits.go:55:22: perm escapes to heap
permbits.go:59:13: ... argument does not escape
permbits.go:59:14: "wrapped:" escapes to heap
permbits.go:59:14: b escapes to heap
permbits.go:62:13: ... argument does not escape
permbits.go:62:14: "underflow:" escapes to heap
permbits.go:62:14: small escapes to heap
permbits.go:64:27: []uint8{...} does not escape
permbits.go:65:13: ... argument does not escape
permbits.go:65:14: v escapes to heap
permbits.go:65:46: reverseBits(v) escapes to heap
permbits.go:67:18: []uint64{...} does not escape
permbits.go:69:13: ... argument does not escape
permbits.go:69:14: n escapes to heap
permbits.go:69:58: popcount(n) escapes to heap
permbits.go:69:75: isPowerOfTwo(n) escapes to heap
permbits.go:69:75: n escapes to heap
permbits.go:72:13: ... argument does not escape
permbits.go:72:13: mask escapes to heap
permbits.go:72:24: mask >> 62 escapes to heap
permbits.go:72:34: mask << 1 escapes to heap
permbits.go:74:13: ... argument does not escape
permbits.go:74:15: x % 1000 escapes to heap
permbits.go:74:23: x / 3 escapes to heap
permbits.go:74:33: uint32(x) escapes to heap
permbits.go:74:44: uint16(x) escapes to heap
permbits.go:74:53: int8(uint8(x)) escapes to heap
