bigadd.go:27:24: add ignoring self-assignment in result[l], result[r] = result[r], result[l]
bigadd.go:27:24: add ignoring self-assignment in result[l], result[r] = result[r], result[l]
bigadd.go:29:15: string(result) escapes to heap
bigadd.go:32:15: a does not escape
bigadd.go:32:18: b does not escape
bigadd.go:36:16: make([]int, len(a) + len(b)) escapes to heap
bigadd.go:58:39: ... argument does not escape
bigadd.go:58:39: i escapes to heap
bigadd.go:63:12: leaking param: s
bigadd.go:66:26: []string{...} escapes to heap
bigadd.go:69:25: []string{...} does not escape
bigadd.go:74:13: ... argument does not escape
bigadd.go:74:17: add("999", "1") escapes to heap
bigadd.go:75:13: ... argument does not escape
bigadd.go:75:17: add("123456789012345678901234567890", "987654321098765432109876543210") escapes to heap
bigadd.go:76:13: ... argument does not escape
bigadd.go:76:22: multiply("12345", "6789") escapes to heap
bigadd.go:76:46: 12345 * 6789 escapes to heap
bigadd.go:81:13: ... argument does not escape
bigadd.go:81:14: "fib(100) =" escapes to heap
bigadd.go:81:14: b escapes to heap
bigadd.go:83:13: ... argument does not escape
bigadd.go:83:14: "30! =" escapes to heap
bigadd.go:83:14: f escapes to heap
bigadd.go:83:26: "digits:" escapes to heap
bigadd.go:83:40: len(f) escapes to heap
bigadd.go:84:13: ... argument does not escape
bigadd.go:84:19: group(f) escapes to heap
bigadd.go:85:13: ... argument does not escape
bigadd.go:85:19: group("12") escapes to heap
bigadd.go:85:32: group("123") escapes to heap
bigadd.go:85:46: group("1234") escapes to heap
bigadd.go:86:13: ... argument does not escape
bigadd.go:86:14: "2^64 =" escapes to heap
bigadd.go:86:32: multiply("4294967296", "4294967296") escapes to heap
bigadd.go:9:10: a does not escape
bigadd.go:9:13: b does not escape
