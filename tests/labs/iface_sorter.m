iface_sorter.go:14:23: other does not escape
iface_sorter.go:14:7: s does not escape
iface_sorter.go:22:14: leaking param content: items
iface_sorter.go:25:25: sortAll ignoring self-assignment in items[j], items[j - 1] = items[j - 1], items[j]
iface_sorter.go:25:25: sortAll ignoring self-assignment in items[j], items[j - 1] = items[j - 1], items[j]
iface_sorter.go:31:21: []Comparer{...} does not escape
iface_sorter.go:32:10: Student{...} escapes to heap
iface_sorter.go:33:10: Student{...} escapes to heap
iface_sorter.go:34:10: Student{...} escapes to heap
iface_sorter.go:35:10: Student{...} escapes to heap
iface_sorter.go:40:13: ... argument does not escape
iface_sorter.go:40:30: i + 1 escapes to heap
iface_sorter.go:40:35: s.Name escapes to heap
iface_sorter.go:40:43: s.Grade escapes to heap
