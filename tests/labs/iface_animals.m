iface_animals.go:17:7: d does not escape
iface_animals.go:18:7: leaking param: d to result ~r0 level=0
iface_animals.go:19:7: c does not escape
iface_animals.go:20:7: leaking param: c to result ~r0 level=1
iface_animals.go:21:7: c does not escape
iface_animals.go:22:50: ... argument does not escape
iface_animals.go:22:69: c.name escapes to heap
iface_animals.go:22:77: c.spots escapes to heap
iface_animals.go:22:7: leaking param: c
iface_animals.go:24:13: leaking param content: animals
iface_animals.go:26:13: ... argument does not escape
iface_animals.go:26:36: a.Name() escapes to heap
iface_animals.go:26:47: a.Sound() escapes to heap
iface_animals.go:30:12: animals does not escape
iface_animals.go:45:18: []Animal{...} does not escape
iface_animals.go:45:22: Dog{...} escapes to heap
iface_animals.go:45:31: &Cat{...} escapes to heap
iface_animals.go:45:47: Cow{...} escapes to heap
iface_animals.go:45:66: Dog{...} escapes to heap
iface_animals.go:48:13: ... argument does not escape
iface_animals.go:48:14: "dogs:" escapes to heap
iface_animals.go:48:14: d escapes to heap
iface_animals.go:48:26: "cats:" escapes to heap
iface_animals.go:48:26: c escapes to heap
iface_animals.go:48:38: "others:" escapes to heap
iface_animals.go:48:38: o escapes to heap
