hashchain.go:110:13: ... argument does not escape
hashchain.go:110:14: "longest chain" escapes to heap
hashchain.go:110:14: longest escapes to heap
hashchain.go:111:12: ... argument does not escape
hashchain.go:111:30: hash("hello") escapes to heap
hashchain.go:111:45: hash("") escapes to heap
hashchain.go:17:11: s does not escape
hashchain.go:27:33: make([]*entry, size) escapes to heap
hashchain.go:27:9: &HashTable{...} escapes to heap
hashchain.go:30:27: key does not escape
hashchain.go:30:7: t does not escape
hashchain.go:34:25: leaking param: key
hashchain.go:34:7: leaking param content: t
hashchain.go:42:17: &entry{...} escapes to heap
hashchain.go:49:25: key does not escape
hashchain.go:49:7: t does not escape
hashchain.go:58:28: key does not escape
hashchain.go:58:7: leaking param content: t
hashchain.go:75:7: leaking param content: t
hashchain.go:77:18: make([]*entry, len(old) * 2) escapes to heap
hashchain.go:79:13: ... argument does not escape
hashchain.go:79:14: "growing to" escapes to heap
hashchain.go:79:31: len(t.buckets) escapes to heap
hashchain.go:89:19: []string{...} does not escape
hashchain.go:94:13: ... argument does not escape
hashchain.go:94:14: "count" escapes to heap
hashchain.go:94:24: t.count escapes to heap
hashchain.go:94:32: "buckets" escapes to heap
hashchain.go:94:46: len(t.buckets) escapes to heap
hashchain.go:95:28: []string{...} does not escape
hashchain.go:97:14: ... argument does not escape
hashchain.go:97:14: ok escapes to heap
hashchain.go:97:14: v escapes to heap
hashchain.go:97:14: w escapes to heap
hashchain.go:99:13: ... argument does not escape
hashchain.go:99:22: (*HashTable).Delete(t, "four") escapes to heap
hashchain.go:99:40: (*HashTable).Delete(t, "four") escapes to heap
hashchain.go:99:51: t.count escapes to heap
