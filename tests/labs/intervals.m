intervals.go:13:20: ... argument does not escape
intervals.go:13:34: iv.Start escapes to heap
intervals.go:13:44: iv.End escapes to heap
intervals.go:16:12: ivs does not escape
intervals.go:20:16: make([]Interval, len(ivs)) escapes to heap
intervals.go:22:12: sorted escapes to heap
intervals.go:22:21: func literal does not escape
intervals.go:25:19: []Interval{...} escapes to heap
intervals.go:39:18: ivs does not escape
intervals.go:46:16: busy does not escape
intervals.go:64:24: []Interval{...} escapes to heap
intervals.go:65:13: ... argument does not escape
intervals.go:65:14: "input: " escapes to heap
intervals.go:65:14: meetings escapes to heap
intervals.go:66:13: ... argument does not escape
intervals.go:66:14: "merged:" escapes to heap
intervals.go:66:30: merge(meetings) escapes to heap
intervals.go:67:13: ... argument does not escape
intervals.go:67:14: "input unchanged:" escapes to heap
intervals.go:67:42: meetings[0] escapes to heap
intervals.go:68:13: ... argument does not escape
intervals.go:68:14: "busy hours:" escapes to heap
intervals.go:68:40: totalLength(meetings) escapes to heap
intervals.go:69:13: ... argument does not escape
intervals.go:69:14: "free:" escapes to heap
intervals.go:69:32: freeSlots(meetings, 8, 20) escapes to heap
intervals.go:70:13: ... argument does not escape
intervals.go:70:25: merge(nil) == nil escapes to heap
intervals.go:70:36: len(merge([]Interval{...})) escapes to heap
intervals.go:70:53: []Interval{...} does not escape
