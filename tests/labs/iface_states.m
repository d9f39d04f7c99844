iface_states.go:16:22: event does not escape
iface_states.go:19:18: Unlocked{} escapes to heap
iface_states.go:21:16: Broken{...} escapes to heap
iface_states.go:23:9: l escapes to heap
iface_states.go:27:24: event does not escape
iface_states.go:30:16: Locked{} escapes to heap
iface_states.go:32:14: ... argument does not escape
iface_states.go:32:15: "  (thanks for the extra coin)" escapes to heap
iface_states.go:33:10: u escapes to heap
iface_states.go:35:16: Broken{...} escapes to heap
iface_states.go:37:9: u escapes to heap
iface_states.go:40:51: "broken: " + b.reason escapes to heap
iface_states.go:40:7: b does not escape
iface_states.go:41:22: event does not escape
iface_states.go:41:7: leaking param: b
iface_states.go:43:16: Locked{} escapes to heap
iface_states.go:45:9: b escapes to heap
iface_states.go:49:22: Locked{} escapes to heap
iface_states.go:50:20: []string{...} does not escape
iface_states.go:51:26: map[string]int{} does not escape
iface_states.go:56:13: ... argument does not escape
iface_states.go:56:38: e escapes to heap
iface_states.go:56:38: i + 1 escapes to heap
iface_states.go:56:38: prev escapes to heap
iface_states.go:56:57: s.Name() escapes to heap
iface_states.go:58:13: ... argument does not escape
iface_states.go:58:14: "locked:" escapes to heap
iface_states.go:58:31: visits["locked"] escapes to heap
iface_states.go:58:43: "unlocked:" escapes to heap
iface_states.go:58:62: visits["unlocked"] escapes to heap
iface_states.go:60:14: ... argument does not escape
iface_states.go:60:15: "ended broken:" escapes to heap
iface_states.go:60:33: b.reason escapes to heap
iface_states.go:62:14: ... argument does not escape
iface_states.go:62:15: "ended in" escapes to heap
iface_states.go:62:33: s.Name() escapes to heap
