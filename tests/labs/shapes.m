shapes.go:22:7: s does not escape
shapes.go:27:7: leaking param: s
shapes.go:28:20: ... argument does not escape
shapes.go:28:44: s.Name escapes to heap
shapes.go:28:59: s.Origin.X escapes to heap
shapes.go:28:71: s.Origin.Y escapes to heap
shapes.go:36:7: r does not escape
shapes.go:43:7: c does not escape
shapes.go:49:16: leaking param: name to result ~r0 level=0
shapes.go:63:13: ... argument does not escape
shapes.go:63:21: Shape.Where(r.Shape) escapes to heap
shapes.go:63:25: "area" escapes to heap
shapes.go:63:39: Rect.Area(r) escapes to heap
shapes.go:64:12: ... argument does not escape
shapes.go:64:38: Shape.Where(c.Shape) escapes to heap
shapes.go:64:48: Circle.Area(c) escapes to heap
shapes.go:65:13: ... argument does not escape
shapes.go:65:21: Shape.Where(s.Rect.Shape) escapes to heap
shapes.go:65:25: "area" escapes to heap
shapes.go:65:39: Rect.Area(s.Rect) escapes to heap
shapes.go:65:43: "width" escapes to heap
shapes.go:65:53: s.Rect.W escapes to heap
shapes.go:66:12: ... argument does not escape
shapes.go:66:58: Point.Dist(r.Shape.Origin, s.Rect.Shape.Origin) escapes to heap
shapes.go:69:12: ... argument does not escape
shapes.go:69:13: total escapes to heap
shapes.go:74:13: ... argument does not escape
shapes.go:74:26: s.Rect.Shape.Name escapes to heap
shapes.go:74:39: Rect.Area(s.Rect) escapes to heap
shapes.go:75:13: ... argument does not escape
shapes.go:75:23: r.Shape.Origin == Point{...} escapes to heap
shapes.go:75:48: c.Shape.Origin == s.Rect.Shape.Origin escapes to heap
