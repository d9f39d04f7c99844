shapes_scale.go:18:7: b does not escape
shapes_scale.go:23:70: "box " + Point.String(b.Min) + "-" + Point.String(b.Max) escapes to heap
shapes_scale.go:23:7: b does not escape
shapes_scale.go:29:7: p does not escape
shapes_scale.go:36:51: ... argument does not escape
shapes_scale.go:36:52: "poly " escapes to heap
shapes_scale.go:36:62: p.Pts escapes to heap
shapes_scale.go:36:7: leaking param content: p
shapes_scale.go:38:15: leaking param content: items
shapes_scale.go:45:2: moved to heap: b
shapes_scale.go:46:27: []Point{...} escapes to heap
shapes_scale.go:46:9: &Poly{...} escapes to heap
shapes_scale.go:47:19: []Scaler{...} does not escape
shapes_scale.go:49:14: ... argument does not escape
shapes_scale.go:52:13: ... argument does not escape
shapes_scale.go:52:22: (*Box).String(b) escapes to heap
shapes_scale.go:53:2: moved to heap: copyBox
shapes_scale.go:55:13: ... argument does not escape
shapes_scale.go:58:13: ... argument does not escape
shapes_scale.go:58:13: pts escapes to heap
shapes_scale.go:58:22: len(pts) escapes to heap
shapes_scale.go:59:12: ... argument does not escape
shapes_scale.go:59:28: b.Min escapes to heap
shapes_scale.go:59:35: b.Max escapes to heap
shapes_scale.go:59:42: b.Max escapes to heap
shapes_scale.go:7:52: ... argument does not escape
shapes_scale.go:7:65: p.X escapes to heap
shapes_scale.go:7:70: p.Y escapes to heap
