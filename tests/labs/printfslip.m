printfslip.go:14:12: ... argument does not escape
printfslip.go:14:13: name escapes to heap
printfslip.go:15:12: ... argument does not escape
printfslip.go:15:13: age escapes to heap
printfslip.go:16:12: ... argument does not escape
printfslip.go:16:13: name escapes to heap
printfslip.go:17:12: ... argument does not escape
printfslip.go:17:13: age escapes to heap
printfslip.go:17:13: name escapes to heap
printfslip.go:18:12: ... argument does not escape
printfslip.go:18:23: 50 escapes to heap
printfslip.go:19:12: ... argument does not escape
printfslip.go:19:13: age escapes to heap
printfslip.go:20:13: ... argument does not escape
printfslip.go:20:14: "score: %d" escapes to heap
printfslip.go:20:27: 90 escapes to heap
printfslip.go:22:12: ... argument does not escape
printfslip.go:22:13: s escapes to heap
printfslip.go:23:12: ... argument does not escape
printfslip.go:23:13: s escapes to heap
printfslip.go:24:12: ... argument does not escape
printfslip.go:24:13: age escapes to heap
printfslip.go:25:12: ... argument does not escape
printfslip.go:25:21: 1 escapes to heap
printfslip.go:26:20: ... argument does not escape
printfslip.go:26:33: "hi" escapes to heap
printfslip.go:26:39: 255 escapes to heap
printfslip.go:26:44: "c" escapes to heap
printfslip.go:27:13: ... argument does not escape
printfslip.go:27:13: msg escapes to heap
