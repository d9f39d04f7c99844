wraperr.go:17:7: leaking param content: e
wraperr.go:18:20: ... argument does not escape
wraperr.go:18:40: e.Field escapes to heap
wraperr.go:18:49: e.Value escapes to heap
wraperr.go:21:30: map[string]int{...} escapes to heap
wraperr.go:23:13: leaking param: name
wraperr.go:26:23: ... argument does not escape
wraperr.go:26:24: name escapes to heap
wraperr.go:31:15: leaking param: name
wraperr.go:33:10: &ValidationError{...} escapes to heap
wraperr.go:37:20: ... argument does not escape
wraperr.go:40:20: ... argument does not escape
wraperr.go:40:21: amount escapes to heap
wraperr.go:40:21: name escapes to heap
wraperr.go:46:18: leaking param: s
wraperr.go:49:23: ... argument does not escape
wraperr.go:49:24: s escapes to heap
wraperr.go:58:3: []struct { who string; amount string }{...} does not escape
wraperr.go:69:15: ... argument does not escape
wraperr.go:69:16: "error:" escapes to heap
wraperr.go:73:7: moved to heap: ve
wraperr.go:76:14: ... argument does not escape
wraperr.go:76:39: r.who escapes to heap
wraperr.go:76:53: balances[r.who] escapes to heap
wraperr.go:78:15: ... argument does not escape
wraperr.go:78:16: "no such account:" escapes to heap
wraperr.go:80:15: ... argument does not escape
wraperr.go:80:16: "declined:" escapes to heap
wraperr.go:82:15: ... argument does not escape
wraperr.go:82:16: "validation failed on field" escapes to heap
wraperr.go:82:48: ve.Field escapes to heap
wraperr.go:82:56: "->" escapes to heap
wraperr.go:84:15: ... argument does not escape
wraperr.go:84:16: "unexpected:" escapes to heap
wraperr.go:87:23: ... argument does not escape
wraperr.go:87:47: ... argument does not escape
wraperr.go:88:13: ... argument does not escape
wraperr.go:89:13: ... argument does not escape
wraperr.go:90:13: ... argument does not escape
wraperr.go:90:23: errors.Is(wrapped, ErrNotFound) escapes to heap
wraperr.go:90:56: errors.Is(wrapped, ErrInsufficient) escapes to heap
