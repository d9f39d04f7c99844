// Intro course: fmt verbs as a course's Printf cheat sheet lists them (widths, flags, %v/%+v/%#v/%T/%q/%x/%U, bad verbs and missing arguments).
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pixel struct {
	X, Y int
	C    Color
	tag  Color
}

type Inner struct{ A []int }
type Outer struct {
	Name string
	In   Inner
	P    *Inner
	M    map[string]int
	E    error
	I    interface{}
}

func main() {
	fmt.Printf("%v %d %s %q %x\n", Blue, Blue, Green, Red, Green)
	p := Pixel{1, 2, Green, Blue}
	fmt.Printf("%v|%+v\n", p, p)
	fmt.Println(p, []Color{Red, Blue})
	o := Outer{Name: "o", In: Inner{[]int{1, 2}}, M: map[string]int{"b": 2, "a": 1}}
	fmt.Printf("%v\n%+v\n", o, o)
	o.E = errors.New("boom")
	o.I = 3.5
	fmt.Printf("%v\n", o)
	fmt.Printf("%5d|%-5d|%05d|%+d|% d|%x|%X|%c|%U|%q\n", 42, 42, 42, 42, 42, "hi", []byte("hi"), 'G', 'G', 'G')
	fmt.Printf("%t|%5t|%v|%s|%d\n", true, false, nil, nil, nil)
	fmt.Printf("%6.2f|%-8.3f|%08.3f|%.0f|%e|%E|%g|%G\n", 3.14159, 2.5, -3.5, 2.5, 1234.5678, 0.000123, 1e-7, 1e100)
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%x|% x|%X\n", "go", "go", "go", "golang", "a\"b\n", "go", "go", "go")
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n", 1)
	fmt.Printf("100%%\n")
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%v %v %v\n", []string{}, map[string]int{}, struct{}{})
	fmt.Printf("%T %T %T %T %T %T\n", p, &p, []Color{}, map[string][]int{}, errors.New("x"), func(int) string { return "" })
	fmt.Printf("%v %s\n", []byte("abc"), []byte("abc"))
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%v|%6v|%-6v|\n", "x", 12, true)
	fmt.Printf("%3c|%-3c|\n", 'x', 'y')
	fmt.Printf("%x %X %#v %#v\n", 3.5, -1, "s", []int{1})
	fmt.Printf("%#v %#v\n", p, Inner{})
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.0, 'x'))
	fmt.Println(fmt.Sprintln("a", 1), fmt.Sprint(), fmt.Sprint(nil, nil))
	var e error
	fmt.Println(e, e == nil)
	fmt.Printf("%v %s %d\n", e, e, e)
	var ip *int
	fmt.Println(ip)
	fmt.Printf("%v %d\n", ip, []*int{nil})
	fmt.Printf("%08.3f|%-08d|%+.2e\n", 3.14159, 7, 12345.0)
	fmt.Printf("%.3g|%10.4g|%g|%g\n", 1234.5678, 0.00012345, 100000.0, 1000000.0)
	fmt.Printf("%v %v %v\n", float32(1.1), 1.1, float32(16777217))
	fmt.Printf("%b %o %O\n", 10, 64, 64)
	fmt.Printf("%6.1f%%\n", 45.678)
}

/* OUTPUT:
Color(2) 2 Green "Red" 477265656e
{1 2 Green 2}|{X:1 Y:2 C:Green tag:2}
{1 2 Green 2} [Red Color(2)]
{o {[1 2]} <nil> map[a:1 b:2] <nil> <nil>}
{Name:o In:{A:[1 2]} P:<nil> M:map[a:1 b:2] E:<nil> I:<nil>}
{o {[1 2]} <nil> map[a:1 b:2] boom 3.5}
   42|42   |00042|+42| 42|6869|6869|G|U+0047|'G'
true|false|<nil>|%!s(<nil>)|%!d(<nil>)
  3.14|2.500   |-003.500|2|1.234568e+03|1.230000E-04|1e-07|1E+100
go|        go|go        |go|"a\"b\n"|676f|67 6f|676F
%!d(string=str) %!s(int=5)
%!d(MISSING)
1
%!(EXTRA int=2)%!!(int=1)
100%
    1|2   |
[] map[] {}
main.Pixel *main.Pixel []main.Color map[string][]int *errors.errorString func(int) string
[97 98 99] abc
["a b" "c"]
x|    12|true  |
  x|y  |
0x1.cp+01 -1 "s" []int{1}
main.Pixel{X:1, Y:2, C:1, tag:2} main.Inner{A:[]int(nil)}
ab1 2c3 120
a 1
  <nil> <nil>
<nil> true
<nil> %!s(<nil>) %!d(<nil>)
<nil>
<nil> [0]
0003.142|7       |+1.23e+04
1.23e+03| 0.0001234|100000|1e+06
1.1 1.1 1.6777216e+07
1010 100 0o100
  45.7%
*/
