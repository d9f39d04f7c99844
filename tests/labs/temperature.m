temperature.go:10:20: []float64{...} does not escape
temperature.go:12:13: ... argument does not escape
temperature.go:12:14: c escapes to heap
temperature.go:12:57: celsiusToFahrenheit(c) escapes to heap
temperature.go:14:13: ... argument does not escape
temperature.go:14:33: celsiusToFahrenheit(21.5) escapes to heap
