err_wrap.go:16:25: map[int]User{...} escapes to heap
err_wrap.go:17:30: map[string]string{...} escapes to heap
err_wrap.go:22:28: ... argument does not escape
err_wrap.go:22:29: id escapes to heap
err_wrap.go:27:15: leaking param: u
err_wrap.go:27:23: leaking param: path
err_wrap.go:30:24: ... argument does not escape
err_wrap.go:30:25: path escapes to heap
err_wrap.go:33:24: ... argument does not escape
err_wrap.go:33:25: path escapes to heap
err_wrap.go:33:53: u.Name escapes to heap
err_wrap.go:38:20: leaking param: path
err_wrap.go:41:24: ... argument does not escape
err_wrap.go:45:24: ... argument does not escape
err_wrap.go:45:25: path escapes to heap
err_wrap.go:50:12: leaking param: err
err_wrap.go:63:3: []struct { id int; path string }{...} does not escape
err_wrap.go:67:14: ... argument does not escape
err_wrap.go:68:14: errors.Is(err, ErrNotFound) escapes to heap
err_wrap.go:68:43: errors.Is(err, ErrPermission) escapes to heap
err_wrap.go:68:70: depth(err) escapes to heap
err_wrap.go:71:14: ... argument does not escape
err_wrap.go:71:15: "ok:" escapes to heap
err_wrap.go:71:15: data escapes to heap
err_wrap.go:73:18: ... argument does not escape
err_wrap.go:74:18: ... argument does not escape
err_wrap.go:75:13: ... argument does not escape
err_wrap.go:75:17: e1 == e2 escapes to heap
err_wrap.go:75:35: e1.Error() == e2.Error() escapes to heap
err_wrap.go:75:68: errors.Unwrap(e2) == nil escapes to heap
