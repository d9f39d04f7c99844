canvas.go:11:7: &Canvas{...} escapes to heap
canvas.go:12:17: make([][]byte, h) escapes to heap
canvas.go:14:21: make([]byte, w) escapes to heap
canvas.go:22:7: c does not escape
canvas.go:37:7: c does not escape
canvas.go:64:7: c does not escape
canvas.go:71:7: c does not escape
canvas.go:79:7: c does not escape
canvas.go:81:14: ... argument does not escape
canvas.go:81:21: string(row) escapes to heap
canvas.go:81:21: string(row) escapes to heap
canvas.go:93:13: ... argument does not escape
canvas.go:93:14: "filled" escapes to heap
canvas.go:93:14: filled escapes to heap
canvas.go:93:32: "cells" escapes to heap
