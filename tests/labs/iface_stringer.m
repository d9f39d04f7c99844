iface_stringer.go:10:20: ... argument does not escape
iface_stringer.go:10:34: p.X escapes to heap
iface_stringer.go:10:39: p.Y escapes to heap
iface_stringer.go:18:7: p does not escape
iface_stringer.go:19:14: p.Name + ":" escapes to heap
iface_stringer.go:29:13: ... argument does not escape
iface_stringer.go:29:13: p escapes to heap
iface_stringer.go:30:12: ... argument does not escape
iface_stringer.go:30:13: p escapes to heap
iface_stringer.go:30:13: p escapes to heap
iface_stringer.go:31:10: &Polygon{...} escapes to heap
iface_stringer.go:31:38: []Point{...} escapes to heap
iface_stringer.go:32:13: ... argument does not escape
iface_stringer.go:33:23: p does not escape
iface_stringer.go:34:13: ... argument does not escape
iface_stringer.go:34:14: "stringer:" escapes to heap
iface_stringer.go:34:35: Point.String(s.(Point)) escapes to heap
iface_stringer.go:34:35: devirtualizing s.String to Point
iface_stringer.go:35:25: []fmt.Stringer{...} does not escape
iface_stringer.go:35:26: p escapes to heap
iface_stringer.go:35:40: Point{...} escapes to heap
iface_stringer.go:37:14: ... argument does not escape
iface_stringer.go:37:14: i escapes to heap
