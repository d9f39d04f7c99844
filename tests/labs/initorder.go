package main

import (
	"fmt"
	"strings"
)

type Config struct {
	Name    string
	Retries int
}

func (c Config) Describe() string {
	return fmt.Sprintf("%s (retries=%d)", c.Name, c.Retries)
}

func defaultName() string {
	return strings.ToUpper("server")
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

var summary = cfg.Describe()
var cfg = Config{Name: defaultName(), Retries: limit}
var limit = fib(6)
var table = buildTable(limit)
var banner = strings.Repeat("*", len(summary))

func buildTable(n int) []int {
	t := make([]int, n)
	for i := range t {
		t[i] = i * i
	}
	return t
}

func init() {
	fmt.Println("init sees", limit, len(table))
}

func main() {
	fmt.Println(banner)
	fmt.Println(summary)
	fmt.Println(table)
	fmt.Println(cfg.Describe())
}
