events.go:16:19: []Event{...} escapes to heap
events.go:27:12: events escapes to heap
events.go:27:21: func literal does not escape
events.go:37:18: []string{...} does not escape
events.go:42:15: ... argument does not escape
events.go:42:16: "==" escapes to heap
events.go:42:26: days[current] escapes to heap
events.go:42:37: "==" escapes to heap
events.go:44:13: ... argument does not escape
events.go:44:40: e.Hour escapes to heap
events.go:44:48: e.Name escapes to heap
events.go:44:56: e.Priority escapes to heap
events.go:51:14: ... argument does not escape
events.go:51:48: events[i - 1].Name escapes to heap
events.go:51:64: events[i].Name escapes to heap
events.go:55:13: ... argument does not escape
events.go:55:13: clashes escapes to heap
events.go:55:23: "clashes" escapes to heap
