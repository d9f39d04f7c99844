divmod.go:25:13: ... argument does not escape
divmod.go:25:14: "47 / 6 =" escapes to heap
divmod.go:25:14: q escapes to heap
divmod.go:25:29: "remainder" escapes to heap
divmod.go:25:29: r escapes to heap
divmod.go:27:12: ... argument does not escape
divmod.go:27:13: d escapes to heap
divmod.go:27:13: n escapes to heap
divmod.go:28:13: ... argument does not escape
divmod.go:28:17: gcd(270, 192) escapes to heap
