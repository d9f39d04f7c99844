// Library functions as values (strings.ToUpper in a slice of funcs, a
// package variable, strconv.Itoa and strings.TrimSpace passed to a
// function, Split, Join, Atoi with its error, Sprintf and Println
// variadic, errors.New, sort.Strings, defer of a value's call).
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

var up = strings.ToUpper

func apply(f func(string) string, xs []string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func mapInts(f func(int) string, xs []int) []string {
	var out []string
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fs := []func(string) string{strings.ToUpper, strings.ToLower, strings.TrimSpace}
	for _, f := range fs {
		fmt.Println(f(" Ab "))
	}
	fmt.Println(up("q"), apply(strings.TrimSpace, []string{" a ", "b "}))
	fmt.Println(mapInts(strconv.Itoa, []int{1, 22, 333}))
	split := strings.Split
	parts := split("a,b,c", ",")
	join := strings.Join
	fmt.Println(len(parts), join(parts, "+"))
	atoi := strconv.Atoi
	n, err := atoi("42")
	fmt.Println(n, err)
	_, err = atoi("x")
	fmt.Println(err)
	sprintf := fmt.Sprintf
	fmt.Println(sprintf("%d-%s", 7, "z"))
	println_ := fmt.Println
	println_("via", "value", 3)
	mk := errors.New
	e := mk("boom")
	fmt.Println(e)
	ss := []string{"c", "a", "b"}
	sortS := sort.Strings
	sortS(ss)
	fmt.Println(ss)
	contains := strings.Contains
	fmt.Println(contains("hello", "ell"), strings.Map(unicode.ToUpper, "x"))
	fields := strings.Fields
	fmt.Println(len(fields(" a b  c ")))
	q := strconv.Quote
	fmt.Println(q("hi\n"))
	rep := strings.Repeat
	defer fmt.Println(rep("ab", 3))
	var g func(string) string
	fmt.Println(g == nil)
	g = strings.ToUpper
	fmt.Println(g != nil, g("ok"))
	h := func(s string) string { return up(s) + "!" }
	fmt.Println(h("hey"))
	fmt.Fprintln(os.Stdout, "end")
}
