stats.go:16:13: xs does not escape
stats.go:25:13: xs does not escape
stats.go:35:19: []float64{...} does not escape
stats.go:37:13: ... argument does not escape
stats.go:37:14: "mean:" escapes to heap
stats.go:37:27: mean(data) escapes to heap
stats.go:38:13: ... argument does not escape
stats.go:38:14: "stddev:" escapes to heap
stats.go:38:31: stddev(data) escapes to heap
stats.go:39:13: ... argument does not escape
stats.go:39:14: "min:" escapes to heap
stats.go:39:14: lo escapes to heap
stats.go:39:26: "max:" escapes to heap
stats.go:39:26: hi escapes to heap
stats.go:40:12: ... argument does not escape
stats.go:40:27: math.Pi escapes to heap
stats.go:8:11: xs does not escape
