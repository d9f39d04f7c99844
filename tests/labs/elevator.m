elevator.go:27:7: leaking param content: e
elevator.go:36:7: leaking param content: e
elevator.go:45:7: leaking param content: e
elevator.go:63:14: ... argument does not escape
elevator.go:63:48: e.Floor escapes to heap
elevator.go:71:23: []Request{...} does not escape
elevator.go:72:7: &Elevator{...} does not escape
elevator.go:76:14: ... argument does not escape
elevator.go:76:15: t escapes to heap
elevator.go:76:60: requests[next].Floor escapes to heap
elevator.go:81:13: ... argument does not escape
elevator.go:81:14: t escapes to heap
elevator.go:81:58: e.Floor escapes to heap
elevator.go:81:74: dirNames[e.Dir] escapes to heap
elevator.go:81:84: e.Pending escapes to heap
elevator.go:83:15: ... argument does not escape
elevator.go:83:16: "all requests served at t =" escapes to heap
elevator.go:83:16: t escapes to heap
elevator.go:87:13: ... argument does not escape
elevator.go:87:14: "total moves:" escapes to heap
elevator.go:87:31: e.Moves escapes to heap
