shapes.go:16:7: r does not escape
shapes.go:17:7: r does not escape
shapes.go:18:7: c does not escape
shapes.go:19:7: c does not escape
shapes.go:24:7: &Rect{...} does not escape
shapes.go:25:7: &Circle{...} does not escape
shapes.go:26:12: ... argument does not escape
shapes.go:26:55: (*Rect).Area(r) escapes to heap
shapes.go:26:70: (*Rect).Perimeter(r) escapes to heap
shapes.go:27:12: ... argument does not escape
shapes.go:27:57: (*Circle).Area(c) escapes to heap
shapes.go:27:72: (*Circle).Perimeter(c) escapes to heap
shapes.go:29:14: ... argument does not escape
shapes.go:29:15: "the rectangle is bigger" escapes to heap
shapes.go:31:14: ... argument does not escape
shapes.go:31:15: "the circle is bigger" escapes to heap
