rpnsteps.go:13:7: leaking param content: s
rpnsteps.go:15:7: s does not escape
rpnsteps.go:20:9: (*Stack).Pop ignoring self-assignment in s.data = s.data[:len(s.data) - 1]
rpnsteps.go:24:7: s does not escape
rpnsteps.go:26:11: leaking param: expr
rpnsteps.go:28:12: st.Push does not escape
rpnsteps.go:37:24: ... argument does not escape
rpnsteps.go:37:25: tok escapes to heap
rpnsteps.go:57:23: ... argument does not escape
rpnsteps.go:57:48: (*Stack).Len(st) escapes to heap
rpnsteps.go:64:28: []string{...} does not escape
rpnsteps.go:67:14: ... argument does not escape
rpnsteps.go:67:15: e escapes to heap
rpnsteps.go:70:13: ... argument does not escape
rpnsteps.go:70:14: e escapes to heap
rpnsteps.go:70:14: v escapes to heap
