mergestr.go:18:12: leaking param content: a
mergestr.go:18:15: leaking param content: b
mergestr.go:19:16: make([]string, 0, len(a) + len(b)) escapes to heap
mergestr.go:35:15: words does not escape
mergestr.go:47:13: ... argument does not escape
mergestr.go:47:14: "before:" escapes to heap
mergestr.go:47:14: words escapes to heap
mergestr.go:48:13: ... argument does not escape
mergestr.go:48:14: "sorted?" escapes to heap
mergestr.go:48:33: isSorted(words) escapes to heap
mergestr.go:50:13: ... argument does not escape
mergestr.go:50:14: "after: " escapes to heap
mergestr.go:50:14: sorted escapes to heap
mergestr.go:51:13: ... argument does not escape
mergestr.go:51:14: "sorted?" escapes to heap
mergestr.go:51:33: isSorted(sorted) escapes to heap
mergestr.go:52:13: ... argument does not escape
mergestr.go:52:14: "original untouched:" escapes to heap
mergestr.go:52:42: words[0] escapes to heap
mergestr.go:52:52: words[1] escapes to heap
mergestr.go:53:13: ... argument does not escape
mergestr.go:53:17: len(sorted) escapes to heap
mergestr.go:53:39: cap(sorted) >= len(sorted) escapes to heap
mergestr.go:54:13: ... argument does not escape
mergestr.go:54:23: mergeSort([]string{}) escapes to heap
mergestr.go:54:32: []string{} escapes to heap
mergestr.go:54:46: mergeSort([]string{...}) escapes to heap
mergestr.go:54:55: []string{...} escapes to heap
mergestr.go:8:16: leaking param content: words
mergestr.go:8:16: leaking param: words to result ~r0 level=0
