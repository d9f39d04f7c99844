catalog.go:22:9: &Catalog{...} escapes to heap
catalog.go:23:31: map[string][]*Book{} escapes to heap
catalog.go:24:29: map[string]*Book{} escapes to heap
catalog.go:28:23: leaking param: title
catalog.go:28:30: leaking param: author
catalog.go:28:7: c does not escape
catalog.go:29:7: &Book{...} escapes to heap
catalog.go:34:24: leaking param: title
catalog.go:34:7: c does not escape
catalog.go:37:20: ... argument does not escape
catalog.go:37:21: title escapes to heap
catalog.go:40:20: ... argument does not escape
catalog.go:40:47: b.Title escapes to heap
catalog.go:46:7: c does not escape
catalog.go:47:15: make([]string, 0, len(c.byAuthor)) escapes to heap
catalog.go:64:32: []string{...} does not escape
catalog.go:66:15: ... argument does not escape
catalog.go:66:16: "error:" escapes to heap
catalog.go:68:15: ... argument does not escape
catalog.go:68:16: "lent" escapes to heap
catalog.go:68:16: title escapes to heap
catalog.go:74:13: books escapes to heap
catalog.go:74:21: func literal does not escape
catalog.go:75:13: ... argument does not escape
catalog.go:75:14: a escapes to heap
catalog.go:75:34: len(books) escapes to heap
catalog.go:81:14: ... argument does not escape
catalog.go:81:36: b.Title escapes to heap
catalog.go:81:45: b.Year escapes to heap
catalog.go:81:45: status escapes to heap
