hanoi.go:14:13: ... argument does not escape
hanoi.go:14:14: from escapes to heap
hanoi.go:14:14: n escapes to heap
hanoi.go:14:14: to escapes to heap
hanoi.go:23:14: ... argument does not escape
hanoi.go:23:15: "disks:" escapes to heap
hanoi.go:23:15: n escapes to heap
hanoi.go:23:28: "moves:" escapes to heap
hanoi.go:23:28: moves escapes to heap
hanoi.go:7:19: leaking param: from
hanoi.go:7:25: leaking param: to
hanoi.go:7:29: leaking param: via
