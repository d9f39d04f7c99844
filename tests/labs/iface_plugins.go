package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Handler interface {
	Handle(args []string) (string, error)
	Help() string
}

type Echo struct{}

func (Echo) Handle(args []string) (string, error) { return strings.Join(args, " "), nil }
func (Echo) Help() string                         { return "echo ARGS: print the arguments" }

type Upper struct{}

func (Upper) Handle(args []string) (string, error) {
	if len(args) == 0 {
		return "", errors.New("upper needs an argument")
	}
	return strings.ToUpper(strings.Join(args, " ")), nil
}
func (Upper) Help() string { return "upper ARGS: shout the arguments" }

type Counter struct {
	calls int
}

func (c *Counter) Handle(args []string) (string, error) {
	c.calls++
	return fmt.Sprintf("called %d times, %d args", c.calls, len(args)), nil
}
func (c *Counter) Help() string { return "count: count calls" }

type Registry map[string]Handler

var ErrUnknown = errors.New("unknown command")

func (r Registry) Register(name string, h Handler) {
	r[name] = h
}

func (r Registry) Run(line string) (string, error) {
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return "", errors.New("empty line")
	}
	h, ok := r[fields[0]]
	if !ok {
		return "", fmt.Errorf("%q: %w", fields[0], ErrUnknown)
	}
	return h.Handle(fields[1:])
}

func (r Registry) Help() {
	names := []string{}
	for name := range r {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Println("  " + r[name].Help())
	}
}

func main() {
	reg := Registry{}
	reg.Register("echo", Echo{})
	reg.Register("upper", Upper{})
	counter := &Counter{}
	reg.Register("count", counter)
	fmt.Println("commands:")
	reg.Help()
	lines := []string{"echo hello world", "upper go is fun", "count a b c", "upper", "jump high", "", "count"}
	for _, line := range lines {
		out, err := reg.Run(line)
		if errors.Is(err, ErrUnknown) {
			fmt.Println("error:", err, "(try help)")
		} else if err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println(">", out)
		}
	}
	fmt.Println("counter calls:", counter.calls)
}
