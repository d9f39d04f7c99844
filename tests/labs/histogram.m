histogram.go:10:20: []string{...} does not escape
histogram.go:18:13: ... argument does not escape
histogram.go:18:36: labels[i] escapes to heap
histogram.go:18:55: d escapes to heap
histogram.go:18:55: strings.Repeat("#", d) escapes to heap
histogram.go:20:13: ... argument does not escape
histogram.go:20:14: "max:" escapes to heap
histogram.go:20:14: max escapes to heap
histogram.go:9:15: []int{...} does not escape
