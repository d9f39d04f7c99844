life.go:25:11: g does not escape
life.go:26:6: moved to heap: next
life.go:36:11: g does not escape
life.go:37:13: ... argument does not escape
life.go:37:14: "generation" escapes to heap
life.go:37:14: gen escapes to heap
life.go:47:14: ... argument does not escape
life.go:47:14: line escapes to heap
life.go:52:7: &Grid{} does not escape
life.go:9:16: g does not escape
