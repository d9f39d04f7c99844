vending.go:25:20: ... argument does not escape
vending.go:25:37: int(s) escapes to heap
vending.go:36:7: m does not escape
vending.go:41:13: ... argument does not escape
vending.go:41:14: coins escapes to heap
vending.go:41:50: m.credit escapes to heap
vending.go:43:13: ... argument does not escape
vending.go:43:14: coins escapes to heap
vending.go:45:14: ... argument does not escape
vending.go:45:15: "busy" escapes to heap
vending.go:49:7: m does not escape
vending.go:51:14: ... argument does not escape
vending.go:51:15: "insert money first (state:" escapes to heap
vending.go:51:46: m.state escapes to heap
vending.go:51:54: ")" escapes to heap
vending.go:55:13: ... argument does not escape
vending.go:55:39: m.price - m.credit escapes to heap
vending.go:59:11: (*Machine).Select ignoring self-assignment in m.credit -= m.price
vending.go:60:12: (*Machine).Select ignoring self-assignment in m.revenue += m.price
vending.go:62:13: ... argument does not escape
vending.go:62:14: "dispensing... state is" escapes to heap
vending.go:62:41: m.state escapes to heap
vending.go:64:14: ... argument does not escape
vending.go:64:15: "change:" escapes to heap
vending.go:64:27: m.credit escapes to heap
vending.go:76:13: ... argument does not escape
vending.go:76:14: "start:" escapes to heap
vending.go:76:25: m.state escapes to heap
vending.go:86:12: ... argument does not escape
vending.go:86:56: m.state escapes to heap
vending.go:86:65: m.revenue escapes to heap
vending.go:86:76: m.stock escapes to heap
vending.go:87:13: ... argument does not escape
vending.go:87:19: State(9) escapes to heap
vending.go:88:12: ... argument does not escape
vending.go:88:27: HasMoney escapes to heap
vending.go:88:37: HasMoney escapes to heap
vending.go:88:47: Dispensing escapes to heap
