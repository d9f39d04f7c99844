corner_strs.go:11:12: ... argument does not escape
corner_strs.go:11:34: strings.Split("a,b,c", ",") escapes to heap
corner_strs.go:12:12: ... argument does not escape
corner_strs.go:12:34: strings.Split("abc", "") escapes to heap
corner_strs.go:13:12: ... argument does not escape
corner_strs.go:13:34: strings.Split("", ",") escapes to heap
corner_strs.go:14:12: ... argument does not escape
corner_strs.go:14:34: strings.Split("", "") escapes to heap
corner_strs.go:15:12: ... argument does not escape
corner_strs.go:15:34: strings.Split(",a,,b,", ",") escapes to heap
corner_strs.go:16:12: ... argument does not escape
corner_strs.go:16:35: strings.Fields("   ") escapes to heap
corner_strs.go:17:12: ... argument does not escape
corner_strs.go:17:35: strings.Fields("  a \t b\n c  ") escapes to heap
corner_strs.go:18:12: ... argument does not escape
corner_strs.go:18:35: strings.Repeat("ab", 0) escapes to heap
corner_strs.go:19:12: ... argument does not escape
corner_strs.go:19:35: strings.Repeat("", 5) escapes to heap
corner_strs.go:20:13: ... argument does not escape
corner_strs.go:20:29: strings.Replace("aaaa", "a", "b", -1) escapes to heap
corner_strs.go:21:13: ... argument does not escape
corner_strs.go:21:29: strings.Replace("aaaa", "a", "b", 0) escapes to heap
corner_strs.go:22:13: ... argument does not escape
corner_strs.go:22:29: strings.Replace("aaaa", "a", "b", 1) escapes to heap
corner_strs.go:23:13: ... argument does not escape
corner_strs.go:23:29: strings.Replace("abc", "", "-", -1) escapes to heap
corner_strs.go:24:13: ... argument does not escape
corner_strs.go:24:29: strings.Replace("abc", "", "-", 2) escapes to heap
corner_strs.go:25:13: ... argument does not escape
corner_strs.go:25:32: strings.ReplaceAll("banana", "na", "NA") escapes to heap
corner_strs.go:26:12: ... argument does not escape
corner_strs.go:26:33: strings.Trim("xxhixyx", "xy") escapes to heap
corner_strs.go:27:12: ... argument does not escape
corner_strs.go:27:33: strings.Trim("  hi  ", " ") escapes to heap
corner_strs.go:28:12: ... argument does not escape
corner_strs.go:28:33: strings.Trim("", "x") escapes to heap
corner_strs.go:29:12: ... argument does not escape
corner_strs.go:29:33: strings.Trim("abc", "") escapes to heap
corner_strs.go:30:12: ... argument does not escape
corner_strs.go:30:38: strings.TrimSpace("\t\n hi there \r\n") escapes to heap
corner_strs.go:31:13: ... argument does not escape
corner_strs.go:31:29: strings.ToUpper("héllo wörld ß") escapes to heap
corner_strs.go:32:13: ... argument does not escape
corner_strs.go:32:29: strings.ToLower("ÀÉÎ ÖÜ") escapes to heap
corner_strs.go:33:108: strings.Index("", "a") escapes to heap
corner_strs.go:33:13: ... argument does not escape
corner_strs.go:33:30: strings.Contains("", "") escapes to heap
corner_strs.go:33:56: strings.Contains("abc", "") escapes to heap
corner_strs.go:33:82: strings.Index("abc", "") escapes to heap
corner_strs.go:34:13: ... argument does not escape
corner_strs.go:34:31: strings.HasPrefix("", "") escapes to heap
corner_strs.go:34:58: strings.HasSuffix("abc", "bc") escapes to heap
corner_strs.go:34:90: strings.HasPrefix("a", "ab") escapes to heap
corner_strs.go:35:13: ... argument does not escape
corner_strs.go:35:26: strings.Join(nil, ",") escapes to heap
corner_strs.go:35:50: strings.Join([]string{...}, ", ") escapes to heap
corner_strs.go:35:59: []string{...} does not escape
corner_strs.go:35:85: strings.Join([]string{...}, "") escapes to heap
corner_strs.go:35:94: []string{...} does not escape
corner_strs.go:36:13: ... argument does not escape
corner_strs.go:36:17: len(strings.Split("a b c", " ")) escapes to heap
corner_strs.go:36:61: strings.Count("cheese", "e") escapes to heap
corner_strs.go:36:91: strings.Count("five", "") escapes to heap
corner_strs.go:37:103: strings.IndexRune("chicken", 'k') escapes to heap
corner_strs.go:37:13: ... argument does not escape
corner_strs.go:37:31: strings.LastIndex("go gopher", "go") escapes to heap
corner_strs.go:37:69: strings.IndexByte("golang", 'l') escapes to heap
corner_strs.go:38:13: ... argument does not escape
corner_strs.go:38:31: strings.EqualFold("Go", "GO") escapes to heap
corner_strs.go:38:58: strings.Title("hello") escapes to heap
