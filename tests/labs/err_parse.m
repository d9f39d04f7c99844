err_parse.go:16:7: leaking param content: e
err_parse.go:18:21: ... argument does not escape
err_parse.go:18:42: e.Line escapes to heap
err_parse.go:18:50: e.Msg escapes to heap
err_parse.go:20:20: ... argument does not escape
err_parse.go:20:37: e.Line escapes to heap
err_parse.go:20:45: e.Msg escapes to heap
err_parse.go:23:7: leaking param: e to result ~r0 level=1
err_parse.go:33:12: leaking param: src
err_parse.go:34:9: &Config{...} escapes to heap
err_parse.go:43:24: &ParseError{...} escapes to heap
err_parse.go:61:24: &ParseError{...} escapes to heap
err_parse.go:61:50: "bad " + k escapes to heap
err_parse.go:79:12: ... argument does not escape
err_parse.go:79:22: *cfg escapes to heap
err_parse.go:81:14: ... argument does not escape
err_parse.go:82:7: moved to heap: pe
err_parse.go:84:15: ... argument does not escape
err_parse.go:84:16: "  -> line" escapes to heap
err_parse.go:84:31: pe.Line escapes to heap
err_parse.go:84:45: pe.Err != nil escapes to heap
err_parse.go:84:72: errors.Unwrap(err) == pe.Err escapes to heap
