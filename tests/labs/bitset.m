bitset.go:12:7: leaking param content: b
bitset.go:20:7: b does not escape
bitset.go:25:7: b does not escape
bitset.go:40:7: b does not escape
bitset.go:48:24: o does not escape
bitset.go:48:7: b does not escape
bitset.go:49:7: &BitSet{} escapes to heap
bitset.go:63:7: b does not escape
bitset.go:68:37: ... argument does not escape
bitset.go:68:42: i * 64 + j escapes to heap
bitset.go:72:40: "{" + strings.Join(parts, " ") + "}" escapes to heap
bitset.go:76:7: &BitSet{} escapes to heap
bitset.go:77:25: []int{...} does not escape
bitset.go:80:7: &BitSet{} escapes to heap
bitset.go:84:13: ... argument does not escape
bitset.go:84:22: (*BitSet).Len(a) escapes to heap
bitset.go:85:13: ... argument does not escape
bitset.go:85:22: (*BitSet).Len(b) escapes to heap
bitset.go:87:13: ... argument does not escape
bitset.go:87:22: (*BitSet).Len(u) escapes to heap
bitset.go:90:13: ... argument does not escape
bitset.go:90:22: (*BitSet).Has(a, 64) escapes to heap
bitset.go:90:33: (*BitSet).Has(a, 130) escapes to heap
bitset.go:90:45: (*BitSet).Has(a, 9999) escapes to heap
bitset.go:91:12: ... argument does not escape
bitset.go:91:31: a.words[0] escapes to heap
bitset.go:92:12: ... argument does not escape
bitset.go:92:25: u.words escapes to heap
bitset.go:92:36: len(u.words) escapes to heap
bitset.go:95:13: ... argument does not escape
bitset.go:95:13: x escapes to heap
bitset.go:95:17: ^uint16(0) escapes to heap
bitset.go:95:38: uint32(1) << 31 escapes to heap
