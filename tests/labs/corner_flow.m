corner_flow.go:100:13: ... argument does not escape
corner_flow.go:100:21: Dog.Speak(d) escapes to heap
corner_flow.go:100:25: "|" escapes to heap
corner_flow.go:100:44: Animal.Speak(d.Animal) escapes to heap
corner_flow.go:102:13: ... argument does not escape
corner_flow.go:102:15: d escapes to heap
corner_flow.go:102:15: d.Animal.Name escapes to heap
corner_flow.go:103:15: &Logger{...} escapes to heap
corner_flow.go:104:17: "hello " + s.Dog.Animal.Name does not escape
corner_flow.go:105:12: d.Speak does not escape
corner_flow.go:107:13: ... argument does not escape
corner_flow.go:107:19: speak() escapes to heap
corner_flow.go:107:30: Dog.Speak(d) escapes to heap
corner_flow.go:111:13: ... argument does not escape
corner_flow.go:111:15: f(d) escapes to heap
corner_flow.go:112:10: s.Logger.Log does not escape
corner_flow.go:114:17: any(d) escapes to heap
corner_flow.go:116:14: ... argument does not escape
corner_flow.go:116:15: "stringer" escapes to heap
corner_flow.go:118:14: ... argument does not escape
corner_flow.go:118:15: "dog" escapes to heap
corner_flow.go:118:23: t.Breed escapes to heap
corner_flow.go:120:38: d does not escape
corner_flow.go:122:14: ... argument does not escape
corner_flow.go:122:15: "is dog" escapes to heap
corner_flow.go:122:26: a.Breed escapes to heap
corner_flow.go:124:12: ... argument does not escape
corner_flow.go:124:26: s.Dog escapes to heap
corner_flow.go:124:33: s.Dog escapes to heap
corner_flow.go:12:50: a.Name + " makes a sound" escapes to heap
corner_flow.go:12:7: a does not escape
corner_flow.go:13:25: leaking param: n
corner_flow.go:13:7: a does not escape
corner_flow.go:20:45: d.Animal.Name + " barks" escapes to heap
corner_flow.go:20:7: d does not escape
corner_flow.go:24:22: s does not escape
corner_flow.go:24:45: ... argument does not escape
corner_flow.go:24:55: l.prefix + s escapes to heap
corner_flow.go:24:55: l.prefix + s escapes to heap
corner_flow.go:24:7: l does not escape
corner_flow.go:70:28: [][2]int{...} does not escape
corner_flow.go:72:14: ... argument does not escape
corner_flow.go:72:14: q escapes to heap
corner_flow.go:72:14: r escapes to heap
corner_flow.go:74:25: []int{...} does not escape
corner_flow.go:75:12: ... argument does not escape
corner_flow.go:75:21: classify(n) escapes to heap
corner_flow.go:75:26: " " escapes to heap
corner_flow.go:77:13: ... argument does not escape
corner_flow.go:77:19: grade(95) escapes to heap
corner_flow.go:77:30: grade(85) escapes to heap
corner_flow.go:77:41: grade(72) escapes to heap
corner_flow.go:77:52: grade(30) escapes to heap
corner_flow.go:77:63: grade(100) escapes to heap
corner_flow.go:87:13: ... argument does not escape
corner_flow.go:87:13: i escapes to heap
corner_flow.go:87:13: j escapes to heap
corner_flow.go:87:20: ";" escapes to heap
corner_flow.go:94:12: ... argument does not escape
corner_flow.go:94:13: "g" escapes to heap
corner_flow.go:94:13: i escapes to heap
