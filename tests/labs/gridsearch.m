gridsearch.go:24:13: ... argument does not escape
gridsearch.go:24:14: "found" escapes to heap
gridsearch.go:24:14: found escapes to heap
gridsearch.go:24:14: target escapes to heap
gridsearch.go:24:38: "at" escapes to heap
gridsearch.go:24:38: col escapes to heap
gridsearch.go:24:38: row escapes to heap
gridsearch.go:27:13: ... argument does not escape
gridsearch.go:27:14: "filtered:" escapes to heap
gridsearch.go:32:16: ... argument does not escape
gridsearch.go:32:17: " zero found, stopping" escapes to heap
gridsearch.go:38:13: ... argument does not escape
gridsearch.go:38:14: " " escapes to heap
gridsearch.go:38:26: grid[i][j] escapes to heap
gridsearch.go:49:15: ... argument does not escape
gridsearch.go:49:16: a escapes to heap
gridsearch.go:49:16: b escapes to heap
gridsearch.go:55:13: ... argument does not escape
gridsearch.go:55:14: "pairs:" escapes to heap
gridsearch.go:55:14: count escapes to heap
gridsearch.go:69:13: ... argument does not escape
gridsearch.go:69:14: "first prime after 100:" escapes to heap
gridsearch.go:69:14: n escapes to heap
gridsearch.go:6:17: [][]int{...} does not escape
gridsearch.go:7:3: []int{...} does not escape
gridsearch.go:8:3: []int{...} does not escape
gridsearch.go:9:3: []int{...} does not escape
