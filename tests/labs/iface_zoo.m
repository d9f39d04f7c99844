iface_zoo.go:21:51: ... argument does not escape
iface_zoo.go:21:64: b.Name escapes to heap
iface_zoo.go:21:72: b.Age escapes to heap
iface_zoo.go:21:7: leaking param: b
iface_zoo.go:28:7: d does not escape
iface_zoo.go:29:7: d does not escape
iface_zoo.go:36:7: b does not escape
iface_zoo.go:37:7: b does not escape
iface_zoo.go:43:7: s does not escape
iface_zoo.go:44:7: s does not escape
iface_zoo.go:45:7: s does not escape
iface_zoo.go:46:18: "snake " + s.Base.Name escapes to heap
iface_zoo.go:50:17: []Animal{...} escapes to heap
iface_zoo.go:51:6: Dog{...} escapes to heap
iface_zoo.go:52:7: Bird{...} escapes to heap
iface_zoo.go:53:8: Snake{...} escapes to heap
iface_zoo.go:54:6: Dog{...} escapes to heap
iface_zoo.go:55:7: Bird{...} escapes to heap
iface_zoo.go:58:32: map[string][]string{} does not escape
iface_zoo.go:62:14: ... argument does not escape
iface_zoo.go:62:18: "says" escapes to heap
iface_zoo.go:62:33: a.Sound() escapes to heap
iface_zoo.go:64:13: ... argument does not escape
iface_zoo.go:64:14: "total legs:" escapes to heap
iface_zoo.go:64:14: legs escapes to heap
iface_zoo.go:65:16: make([]string, 0, len(bySound)) escapes to heap
iface_zoo.go:71:13: ... argument does not escape
iface_zoo.go:71:14: s escapes to heap
iface_zoo.go:71:41: strings.Join(bySound[s], ", ") escapes to heap
iface_zoo.go:76:15: ... argument does not escape
iface_zoo.go:76:17: v.Base.Name escapes to heap
iface_zoo.go:76:24: "is a" escapes to heap
iface_zoo.go:76:33: v.Breed escapes to heap
iface_zoo.go:79:16: ... argument does not escape
iface_zoo.go:79:18: v.Base.Name escapes to heap
iface_zoo.go:79:25: "cannot fly" escapes to heap
iface_zoo.go:83:12: zoo escapes to heap
iface_zoo.go:83:18: func literal does not escape
iface_zoo.go:84:13: ... argument does not escape
iface_zoo.go:84:13: zoo escapes to heap
