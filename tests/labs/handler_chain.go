package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Path string
	User string
}

type Handler interface {
	Serve(r *Request) (int, string)
}

type HandlerFunc func(r *Request) (int, string)

func (f HandlerFunc) Serve(r *Request) (int, string) { return f(r) }

type Router struct {
	routes map[string]Handler
}

func (rt *Router) Handle(path string, h Handler) { rt.routes[path] = h }

func (rt *Router) Serve(r *Request) (int, string) {
	if h, ok := rt.routes[r.Path]; ok {
		return h.Serve(r)
	}
	return 404, "not found: " + r.Path
}

func logging(next Handler, log *[]string) Handler {
	return HandlerFunc(func(r *Request) (int, string) {
		code, body := next.Serve(r)
		*log = append(*log, fmt.Sprintf("%s %s -> %d", r.User, r.Path, code))
		return code, body
	})
}

func auth(next Handler, allowed ...string) HandlerFunc {
	return func(r *Request) (int, string) {
		for _, u := range allowed {
			if u == r.User {
				return next.Serve(r)
			}
		}
		return 403, "forbidden"
	}
}

type counter map[string]int

func (c counter) Serve(r *Request) (int, string) {
	c[r.User]++
	return 200, fmt.Sprintf("%s has visited %d times", r.User, c[r.User])
}

func main() {
	visits := counter{}
	rt := &Router{routes: map[string]Handler{}}
	rt.Handle("/", HandlerFunc(func(r *Request) (int, string) { return 200, "home" }))
	rt.Handle("/count", visits)
	rt.Handle("/admin", auth(HandlerFunc(func(r *Request) (int, string) {
		return 200, "welcome, " + strings.ToUpper(r.User)
	}), "root", "ops"))
	var log []string
	app := logging(rt, &log)
	reqs := []Request{{"/", "ann"}, {"/count", "ann"}, {"/admin", "ann"}, {"/count", "bob"},
		{"/admin", "root"}, {"/missing", "bob"}, {"/count", "ann"}}
	for i := range reqs {
		code, body := app.Serve(&reqs[i])
		fmt.Printf("%d %q\n", code, body)
	}
	fmt.Println(strings.Join(log, "\n"))
	users := make([]string, 0, len(visits))
	for u := range visits {
		users = append(users, u)
	}
	sort.Strings(users)
	fmt.Println(users, visits)
}
