bits.go:28:28: []uint64{...} does not escape
bits.go:29:13: ... argument does not escape
bits.go:29:14: x escapes to heap
bits.go:29:52: popcount(x) escapes to heap
bits.go:31:27: []uint8{...} does not escape
bits.go:32:13: ... argument does not escape
bits.go:32:14: b escapes to heap
bits.go:32:46: reverseByte(b) escapes to heap
bits.go:40:13: ... argument does not escape
bits.go:40:13: p escapes to heap
bits.go:45:13: ... argument does not escape
bits.go:45:13: i8 escapes to heap
bits.go:45:13: u escapes to heap
bits.go:45:21: ^0 escapes to heap
bits.go:45:26: 5 &^ 3 escapes to heap
bits.go:45:35: 1 << 3 | 1 escapes to heap
bits.go:45:41: -7 >> 1 escapes to heap
bits.go:45:55: uint32(1) << 31 escapes to heap
bits.go:53:13: ... argument does not escape
bits.go:53:26: flags & write != 0 escapes to heap
bits.go:53:43: flags & exec != 0 escapes to heap
bits.go:53:43: flags escapes to heap
