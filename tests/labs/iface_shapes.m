iface_shapes.go:50:14: leaking param content: shapes
iface_shapes.go:61:19: []Shape{...} does not escape
iface_shapes.go:62:12: Rectangle{...} escapes to heap
iface_shapes.go:63:9: Circle{...} escapes to heap
iface_shapes.go:64:11: Triangle{...} escapes to heap
iface_shapes.go:65:12: Rectangle{...} escapes to heap
iface_shapes.go:69:13: ... argument does not escape
iface_shapes.go:69:14: i escapes to heap
iface_shapes.go:69:63: s.Area() escapes to heap
iface_shapes.go:69:78: s.Perimeter() escapes to heap
iface_shapes.go:72:12: ... argument does not escape
iface_shapes.go:72:13: total escapes to heap
iface_shapes.go:74:12: ... argument does not escape
iface_shapes.go:74:58: big.Area() escapes to heap
iface_shapes.go:76:14: ... argument does not escape
iface_shapes.go:76:15: "it is a circle of radius" escapes to heap
iface_shapes.go:76:44: c.Radius escapes to heap
