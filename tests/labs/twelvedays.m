twelvedays.go:10:14: ... argument does not escape
twelvedays.go:10:15: "  six geese a-laying," escapes to heap
twelvedays.go:13:14: ... argument does not escape
twelvedays.go:13:15: "  five golden rings," escapes to heap
twelvedays.go:16:14: ... argument does not escape
twelvedays.go:16:15: "  four calling birds," escapes to heap
twelvedays.go:19:14: ... argument does not escape
twelvedays.go:19:15: "  three French hens," escapes to heap
twelvedays.go:22:14: ... argument does not escape
twelvedays.go:22:15: "  two turtle doves, and" escapes to heap
twelvedays.go:25:14: ... argument does not escape
twelvedays.go:25:15: "  a partridge in a pear tree." escapes to heap
twelvedays.go:27:14: ... argument does not escape
twelvedays.go:27:15: "  nothing" escapes to heap
twelvedays.go:61:13: ... argument does not escape
twelvedays.go:61:79: ordinals[d - 1] escapes to heap
twelvedays.go:65:25: []int{...} does not escape
twelvedays.go:66:12: ... argument does not escape
twelvedays.go:66:18: grade(s) escapes to heap
twelvedays.go:66:23: " " escapes to heap
twelvedays.go:71:13: ... argument does not escape
twelvedays.go:71:28: word[i] escapes to heap
twelvedays.go:71:37: kind(word[i]) escapes to heap
twelvedays.go:76:14: ... argument does not escape
twelvedays.go:76:15: "big" escapes to heap
twelvedays.go:79:14: ... argument does not escape
twelvedays.go:79:15: "(fell through)" escapes to heap
twelvedays.go:81:14: ... argument does not escape
twelvedays.go:81:15: "positive" escapes to heap
