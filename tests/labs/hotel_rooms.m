hotel_rooms.go:101:14: ... argument does not escape
hotel_rooms.go:101:15: "checkout" escapes to heap
hotel_rooms.go:101:15: bill escapes to heap
hotel_rooms.go:101:15: n escapes to heap
hotel_rooms.go:101:15: ok escapes to heap
hotel_rooms.go:105:13: ... argument does not escape
hotel_rooms.go:105:38: snapshot.Rooms[0].Guest == "" escapes to heap
hotel_rooms.go:105:48: len(snapshot.log) escapes to heap
hotel_rooms.go:105:71: h.Rooms[0] escapes to heap
hotel_rooms.go:107:14: ... argument does not escape
hotel_rooms.go:107:14: l escapes to heap
hotel_rooms.go:37:7: leaking param: e
hotel_rooms.go:38:20: ... argument does not escape
hotel_rooms.go:38:52: e.Want escapes to heap
hotel_rooms.go:38:60: e.Guest escapes to heap
hotel_rooms.go:41:22: leaking param: guest
hotel_rooms.go:41:36: leaking param: t
hotel_rooms.go:41:7: leaking param content: h
hotel_rooms.go:43:25: BookingError{...} escapes to heap
hotel_rooms.go:49:37: ... argument does not escape
hotel_rooms.go:49:52: guest escapes to heap
hotel_rooms.go:49:52: r.Number escapes to heap
hotel_rooms.go:53:22: ... argument does not escape
hotel_rooms.go:53:45: BookingError{...} escapes to heap
hotel_rooms.go:56:7: leaking param content: h
hotel_rooms.go:60:37: ... argument does not escape
hotel_rooms.go:60:38: num escapes to heap
hotel_rooms.go:60:60: bill escapes to heap
hotel_rooms.go:60:60: r.Guest escapes to heap
hotel_rooms.go:69:7: h does not escape
hotel_rooms.go:79:7: &Hotel{...} does not escape
hotel_rooms.go:80:21: []RoomType{...} does not escape
hotel_rooms.go:88:3: []struct { name string; t RoomType; nights int }{...} does not escape
hotel_rooms.go:91:8: moved to heap: be
hotel_rooms.go:92:15: ... argument does not escape
hotel_rooms.go:92:16: "failed:" escapes to heap
hotel_rooms.go:92:41: errors.As(err, &be) escapes to heap
hotel_rooms.go:92:62: errors.Is(err, ErrFull) escapes to heap
hotel_rooms.go:95:14: ... argument does not escape
hotel_rooms.go:95:16: g.name escapes to heap
hotel_rooms.go:95:23: "->" escapes to heap
hotel_rooms.go:95:23: n escapes to heap
hotel_rooms.go:98:12: ... argument does not escape
hotel_rooms.go:98:13: t escapes to heap
hotel_rooms.go:98:13: u escapes to heap
hotel_rooms.go:99:25: []int{...} does not escape
