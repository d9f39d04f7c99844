mat_rotate.go:54:14: ... argument does not escape
mat_rotate.go:54:15: v escapes to heap
mat_rotate.go:60:15: g does not escape
mat_rotate.go:77:13: ... argument does not escape
mat_rotate.go:77:22: Grid.Spiral(g) escapes to heap
mat_rotate.go:81:13: ... argument does not escape
mat_rotate.go:81:13: .autotmp_4 escapes to heap
mat_rotate.go:81:13: .autotmp_5 escapes to heap
mat_rotate.go:82:13: ... argument does not escape
mat_rotate.go:82:20: saved == g escapes to heap
mat_rotate.go:82:31: saved[0] escapes to heap
mat_rotate.go:82:37: g[0] escapes to heap
mat_rotate.go:86:13: ... argument does not escape
mat_rotate.go:86:20: saved == g escapes to heap
mat_rotate.go:9:7: g does not escape
