package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type ParseError struct {
	Line int
	Msg  string
	Err  error
}

func (e *ParseError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("line %d: %s: %v", e.Line, e.Msg, e.Err)
	}
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

func (e *ParseError) Unwrap() error { return e.Err }

type Config struct {
	Name    string
	Port    int
	Debug   bool
	Ratio   float64
	Unknown []string
}

func parse(src string) (*Config, []error) {
	cfg := &Config{Port: 80}
	var errs []error
	for i, raw := range strings.Split(src, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, &ParseError{Line: i + 1, Msg: "missing '='"})
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		var err error
		switch k {
		case "name":
			cfg.Name = v
		case "port":
			cfg.Port, err = strconv.Atoi(v)
		case "debug":
			cfg.Debug, err = strconv.ParseBool(v)
		case "ratio":
			cfg.Ratio, err = strconv.ParseFloat(v, 64)
		default:
			cfg.Unknown = append(cfg.Unknown, k)
		}
		if err != nil {
			errs = append(errs, &ParseError{i + 1, "bad " + k, err})
		}
	}
	return cfg, errs
}

const src = `# server config
name = demo
port = 80a
debug = yes
ratio = 0.75
colour = blue
this line is wrong
port=8080
`

func main() {
	cfg, errs := parse(src)
	fmt.Printf("%+v\n", *cfg)
	for _, err := range errs {
		fmt.Println(err)
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Println("  -> line", pe.Line, pe.Err != nil, errors.Unwrap(err) == pe.Err)
		}
	}
}
