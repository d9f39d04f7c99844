corner_embed.go:15:7: b does not escape
corner_embed.go:16:50: ... argument does not escape
corner_embed.go:16:51: "base#" escapes to heap
corner_embed.go:16:61: b.id escapes to heap
corner_embed.go:17:7: b does not escape
corner_embed.go:24:73: "hi " + Base.Name(u.Base) + " <" + u.email + ">" escapes to heap
corner_embed.go:24:7: u does not escape
corner_embed.go:31:48: "admin:" + Base.Name(a.User.Base) escapes to heap
corner_embed.go:31:7: a does not escape
corner_embed.go:33:11: leaking param content: gs
corner_embed.go:35:13: ... argument does not escape
corner_embed.go:35:39: g.Name() escapes to heap
corner_embed.go:35:50: g.Greet() escapes to heap
corner_embed.go:40:12: &Base{...} escapes to heap
corner_embed.go:41:18: &Base{...} escapes to heap
corner_embed.go:41:2: moved to heap: a
corner_embed.go:42:6: ... argument does not escape
corner_embed.go:42:6: a escapes to heap
corner_embed.go:42:6: u escapes to heap
corner_embed.go:44:13: ... argument does not escape
corner_embed.go:44:18: (*Base).ID(a.User.Base) escapes to heap
corner_embed.go:44:23: a.User.Base.id escapes to heap
corner_embed.go:44:39: a.User.Base.id escapes to heap
corner_embed.go:44:45: a.level escapes to heap
corner_embed.go:44:57: (*Base).ID(u.Base) escapes to heap
corner_embed.go:45:16: a escapes to heap
corner_embed.go:47:14: ... argument does not escape
corner_embed.go:47:15: "greeter:" escapes to heap
corner_embed.go:47:34: g.Greet() escapes to heap
corner_embed.go:51:14: ... argument does not escape
corner_embed.go:51:15: "user" escapes to heap
corner_embed.go:51:24: v.email escapes to heap
corner_embed.go:53:14: ... argument does not escape
corner_embed.go:53:15: "admin" escapes to heap
corner_embed.go:53:25: v.level escapes to heap
corner_embed.go:55:8: a.User.Greet does not escape
corner_embed.go:57:13: ... argument does not escape
corner_embed.go:57:15: f() escapes to heap
corner_embed.go:57:26: User.Greet(a.User) escapes to heap
corner_embed.go:59:13: ... argument does not escape
corner_embed.go:59:23: nilAdmin == nil escapes to heap
corner_embed.go:59:42: ... argument does not escape
corner_embed.go:59:42: fmt.Sprintf("%v", ... argument...) escapes to heap
