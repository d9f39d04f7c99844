temperature.go:32:14: rs does not escape
temperature.go:41:13: ... argument does not escape
temperature.go:41:14: "Celsius  Fahrenheit" escapes to heap
temperature.go:43:13: ... argument does not escape
temperature.go:43:40: float64(c) escapes to heap
temperature.go:43:52: float64(Celsius.ToFahrenheit(c)) escapes to heap
temperature.go:45:23: []Reading{...} does not escape
temperature.go:55:13: ... argument does not escape
temperature.go:55:42: r.city escapes to heap
temperature.go:55:56: float64(r.temp) escapes to heap
temperature.go:55:73: float64(Celsius.ToFahrenheit(r.temp)) escapes to heap
temperature.go:55:73: status escapes to heap
temperature.go:58:12: ... argument does not escape
temperature.go:58:39: float64(avg) escapes to heap
temperature.go:60:12: ... argument does not escape
temperature.go:60:49: float64(Fahrenheit.ToCelsius(body)) escapes to heap
temperature.go:61:13: ... argument does not escape
temperature.go:61:14: "boiling point in F:" escapes to heap
temperature.go:61:44: float64(Celsius.ToFahrenheit(BoilingC)) escapes to heap
temperature.go:62:13: ... argument does not escape
temperature.go:62:14: "absolute zero in F:" escapes to heap
temperature.go:62:44: float64(Celsius.ToFahrenheit(AbsoluteZeroC)) escapes to heap
