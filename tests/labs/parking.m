parking.go:20:7: leaking param: c to result ~r0 level=0
parking.go:21:7: c does not escape
parking.go:22:7: leaking param: m to result ~r0 level=0
parking.go:23:7: m does not escape
parking.go:24:7: leaking param: b to result ~r0 level=1
parking.go:25:7: b does not escape
parking.go:33:7: e does not escape
parking.go:34:30: "vehicle " + e.Plate + " is not parked here" escapes to heap
parking.go:44:21: leaking param: v
parking.go:44:7: l does not escape
parking.go:46:20: ... argument does not escape
parking.go:46:48: v.Plate() escapes to heap
parking.go:46:58: v.Size() escapes to heap
parking.go:53:21: leaking param: plate
parking.go:53:7: l does not escape
parking.go:56:13: &NotHereError{...} escapes to heap
parking.go:69:54: map[string]Vehicle{} does not escape
parking.go:69:9: &Lot{...} does not escape
parking.go:70:23: []Vehicle{...} does not escape
parking.go:70:27: Car{...} escapes to heap
parking.go:70:48: Motorbike{...} escapes to heap
parking.go:70:57: &Bus{...} escapes to heap
parking.go:70:79: Car{...} escapes to heap
parking.go:70:94: Car{...} escapes to heap
parking.go:73:15: ... argument does not escape
parking.go:73:16: "refused:" escapes to heap
parking.go:73:42: errors.Is(err, ErrFull) escapes to heap
parking.go:75:14: ... argument does not escape
parking.go:75:55: v.Plate() escapes to heap
parking.go:75:62: lot.used escapes to heap
parking.go:75:72: lot.capacity escapes to heap
parking.go:78:28: []string{...} does not escape
parking.go:80:7: moved to heap: nh
parking.go:82:15: ... argument does not escape
parking.go:82:16: "error:" escapes to heap
parking.go:82:31: "plate:" escapes to heap
parking.go:82:43: nh.Plate escapes to heap
parking.go:85:13: ... argument does not escape
parking.go:85:14: fee escapes to heap
parking.go:85:14: p escapes to heap
parking.go:87:13: ... argument does not escape
parking.go:87:14: "income" escapes to heap
parking.go:87:27: lot.income escapes to heap
parking.go:87:36: "still parked" escapes to heap
parking.go:87:55: len(lot.parked) escapes to heap
