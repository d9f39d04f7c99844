huffman.go:101:13: ... argument does not escape
huffman.go:101:20: string(decoded) escapes to heap
huffman.go:101:20: string(decoded) escapes to heap
huffman.go:101:37: string(decoded) does not escape
huffman.go:101:47: string(decoded) == text escapes to heap
huffman.go:14:7: n does not escape
huffman.go:19:20: leaking param: n
huffman.go:19:7: leaking param content: pq
huffman.go:21:19: *pq escapes to heap
huffman.go:21:24: func literal does not escape
huffman.go:24:7: leaking param content: pq
huffman.go:31:12: text does not escape
huffman.go:32:16: make(map[byte]int) does not escape
huffman.go:40:12: chars escapes to heap
huffman.go:40:20: func literal does not escape
huffman.go:41:11: PQ{} escapes to heap
huffman.go:41:8: &PQ{} does not escape
huffman.go:43:11: &HNode{...} escapes to heap
huffman.go:48:11: &HNode{...} escapes to heap
huffman.go:53:12: n does not escape
huffman.go:53:22: leaking param: prefix
huffman.go:53:37: table does not escape
huffman.go:61:22: prefix + "0" escapes to heap
huffman.go:62:23: prefix + "1" escapes to heap
huffman.go:68:26: map[byte]string{} does not escape
huffman.go:76:13: ... argument does not escape
huffman.go:76:32: byte(k) escapes to heap
huffman.go:76:42: table[byte(k)] escapes to heap
huffman.go:84:13: ... argument does not escape
huffman.go:84:13: encoded escapes to heap
huffman.go:85:12: ... argument does not escape
huffman.go:85:13: bits escapes to heap
huffman.go:85:64: len(text) * 8 escapes to heap
huffman.go:85:85: 100 * float64(bits) / float64(len(text) * 8) escapes to heap
huffman.go:88:19: []byte{} does not escape
