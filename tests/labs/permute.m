permute.go:10:17: [][]int{...} escapes to heap
permute.go:10:30: []int{} escapes to heap
permute.go:14:15: make([]int, 0, len(nums) - 1) escapes to heap
permute.go:18:40: []int{...} escapes to heap
permute.go:24:20: leaking param: prefix
permute.go:24:28: rest does not escape
permute.go:24:41: leaking param content: out
permute.go:30:23: prefix + string(rest[i]) escapes to heap
permute.go:30:30: string(rest[i]) does not escape
permute.go:30:49: rest[:i] + rest[i + 1:] escapes to heap
permute.go:34:14: leaking param content: items
permute.go:35:22: [][]string{...} escapes to heap
permute.go:35:23: []string{} escapes to heap
permute.go:39:24: []string{} escapes to heap
permute.go:55:26: []int{...} does not escape
permute.go:56:13: ... argument does not escape
permute.go:56:17: len(ps) escapes to heap
permute.go:56:23: "permutations of [1 2 3]:" escapes to heap
permute.go:58:14: ... argument does not escape
permute.go:58:15: " " escapes to heap
permute.go:58:15: p escapes to heap
permute.go:60:13: ... argument does not escape
permute.go:60:14: "4! =" escapes to heap
permute.go:60:31: factorial(4) escapes to heap
permute.go:60:36: "and we got" escapes to heap
permute.go:60:53: len(permutations([]int{...})) escapes to heap
permute.go:60:72: []int{...} does not escape
permute.go:64:13: ... argument does not escape
permute.go:64:26: strings.Join(words, ",") escapes to heap
permute.go:66:36: []string{...} does not escape
permute.go:67:13: ... argument does not escape
permute.go:67:35: strings.Join(s, " ") escapes to heap
permute.go:8:19: nums does not escape
