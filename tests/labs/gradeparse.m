gradeparse.go:14:7: s does not escape
gradeparse.go:25:7: leaking param content: s
gradeparse.go:29:16: leaking param: line
gradeparse.go:32:31: ... argument does not escape
gradeparse.go:32:32: line escapes to heap
gradeparse.go:59:19: []string{...} does not escape
gradeparse.go:70:15: ... argument does not escape
gradeparse.go:70:16: "skip:" escapes to heap
gradeparse.go:76:12: st.Average does not escape
gradeparse.go:77:13: ... argument does not escape
gradeparse.go:77:35: st.Name escapes to heap
gradeparse.go:77:45: avg() escapes to heap
gradeparse.go:77:55: letter(avg()) escapes to heap
