map_anagrams.go:10:19: ([]byte)(strings.ToLower(w)) does not escape
map_anagrams.go:13:29: key ignoring self-assignment in letters[j], letters[j - 1] = letters[j - 1], letters[j]
map_anagrams.go:13:29: key ignoring self-assignment in letters[j], letters[j - 1] = letters[j - 1], letters[j]
map_anagrams.go:16:15: string(letters) escapes to heap
map_anagrams.go:20:19: []string{...} does not escape
map_anagrams.go:22:31: map[string][]string{} does not escape
map_anagrams.go:27:18: []string{} escapes to heap
map_anagrams.go:37:13: ... argument does not escape
map_anagrams.go:37:14: g escapes to heap
map_anagrams.go:37:14: k escapes to heap
map_anagrams.go:39:13: ... argument does not escape
map_anagrams.go:39:17: len(groups) escapes to heap
map_anagrams.go:39:27: "groups," escapes to heap
map_anagrams.go:39:41: len(keys) escapes to heap
map_anagrams.go:39:49: "with anagrams" escapes to heap
map_anagrams.go:9:10: w does not escape
