htmllist.go:15:17: leaking param content: items
htmllist.go:16:8: &strings.Builder{} escapes to heap
htmllist.go:19:8: &strings.Builder{} escapes to heap
htmllist.go:22:13: ... argument does not escape
htmllist.go:22:18: tag escapes to heap
htmllist.go:24:14: ... argument does not escape
htmllist.go:24:41: it.Name escapes to heap
htmllist.go:24:50: it.Price escapes to heap
htmllist.go:26:14: ... argument does not escape
htmllist.go:26:19: " [" escapes to heap
htmllist.go:26:37: strings.Join(it.Tags, ", ") escapes to heap
htmllist.go:26:54: "]" escapes to heap
htmllist.go:28:15: ... argument does not escape
htmllist.go:28:20: "</li>" escapes to heap
htmllist.go:30:13: ... argument does not escape
htmllist.go:30:18: tag escapes to heap
htmllist.go:35:17: []Item{...} does not escape
htmllist.go:37:30: []string{...} escapes to heap
htmllist.go:38:23: []string{...} escapes to heap
htmllist.go:45:12: ... argument does not escape
htmllist.go:45:35: (*strings.Builder).String(page) escapes to heap
htmllist.go:46:14: ... argument does not escape
htmllist.go:46:26: "bytes:" escapes to heap
htmllist.go:46:44: (*strings.Builder).Len(page) escapes to heap
