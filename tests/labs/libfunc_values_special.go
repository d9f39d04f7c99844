// Library functions that codegen lays out specially, as values:
// fmt.Fprintln/Fprintf, sort.Sort, sort.Slice, fmt.Errorf, Printf.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"unicode/utf8"
)

type Ints []int

func (a Ints) Len() int           { return len(a) }
func (a Ints) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a Ints) Less(i, j int) bool { return a[i] < a[j] }

func main() {
	fp := fmt.Fprintln
	fp(os.Stdout, "fp", 1)
	fpf := fmt.Fprintf
	fpf(os.Stdout, "%d|%s\n", 2, "b")
	srt := sort.Sort
	xs := Ints{3, 1, 2}
	srt(xs)
	fmt.Println(xs)
	sl := sort.Slice
	ys := []int{5, 4, 6}
	sl(ys, func(i, j int) bool { return ys[i] < ys[j] })
	fmt.Println(ys)
	ef := fmt.Errorf
	e := ef("wrap %d: %w", 1, errors.New("in"))
	fmt.Println(e, errors.Unwrap(e) != nil)
	rl := utf8.RuneCountInString
	fmt.Println(rl("héllo"))
	pf := fmt.Printf
	pf("%v %q\n", []int{1}, "s")
	is := errors.Is
	fmt.Println(is(e, e))
}
