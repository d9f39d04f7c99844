// fmt.Sscan, Sscanln and Sscanf as go1.19: operands of every basic kind
// through pointers, Go's newline rules, format text matching, widths,
// %q %x %c %%, and Go's errors (io.EOF, io.ErrUnexpectedEOF, a
// *strconv.NumError, "expected integer", "input does not match format").
// (Small functions: the drop pass is slow on one large main.)
package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

func sscanLines() {
	var a, b int
	tests := []string{"12 34", "12", "", "  7\n8", "x 1", "12abc 3", "-5 +6", "0x1f 0b101", "1_000 2", "99999999999999999999 1"}
	for _, t := range tests {
		a, b = 0, 0
		n, err := fmt.Sscan(t, &a, &b)
		fmt.Printf("Sscan %q: %d %v %d %d\n", t, n, err, a, b)
		a, b = 0, 0
		n, err = fmt.Sscanln(t, &a, &b)
		fmt.Printf("Sscanln %q: %d %v %d %d\n", t, n, err, a, b)
	}
}

func kinds() {
	var s string
	var f float64
	var ok bool
	var u uint8
	n, err := fmt.Sscan("bob 3.5 true 300", &s, &f, &ok, &u)
	fmt.Println(n, err, s, f, ok, u)
	n, err = fmt.Sscan("bob 3.5 true 200", &s, &f, &ok, &u)
	fmt.Println(n, err, s, f, ok, u)
}

func scanf1(ft [2]string, f *float64) {
	var x int
	var y int
	var str string
	var err error
	var n int
	switch ft[0] {
	case "%s %d", "%v %v", "%q %d", "%5s%d":
		n, err = fmt.Sscanf(ft[1], ft[0], &str, &x)
	case "%f":
		n, err = fmt.Sscanf(ft[1], ft[0], f)
	case "%d %s":
		n, err = fmt.Sscanf(ft[1], ft[0], &x, &str)
	case "%c%c":
		var r1, r2 rune
		n, err = fmt.Sscanf(ft[1], ft[0], &r1, &r2)
		x, y = int(r1), int(r2)
	case "%d%%", "%d", "x=%d":
		n, err = fmt.Sscanf(ft[1], ft[0], &x)
	default:
		n, err = fmt.Sscanf(ft[1], ft[0], &x, &y)
	}
	fmt.Printf("Sscanf %q %q: %d %v %d %d %q %v\n", ft[0], ft[1], n, err, x, y, str, *f)
}

func formats() {
	var f float64 = 3.5
	fmts := [][2]string{
		{"%d %d", "3 4"}, {"%d,%d", "3,4"}, {"%d,%d", "3, 4"}, {"%d-%d", "3 - 4"}, {"(%d, %d)", "(1, 2)"},
		{"%d %d", "3"}, {"%d %d", ""}, {"%d", "abc"}, {"x=%d", "y=3"}, {"%d\n%d", "1\n2"}, {"%d %d", "1\n2"},
		{"%s %d", "ann 42"}, {"%v %v", "ann 42"}, {"%q %d", `"hi there" 5`}, {"%x %x", "ff 1A"}, {"%f", "2.5e3"},
		{"%5s%d", "abcdefg12"}, {"%d%%", "50%"}, {"%d %s", "1"}, {"%c%c", "hé"},
	}
	for _, ft := range fmts {
		scanf1(ft, &f)
	}
}

func operands() {
	var a, b int
	var s string
	n, err := fmt.Sscanf("1 2", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &a, &b)
	fmt.Println(n, err)
	var bad int
	n, err = fmt.Sscan("5", bad)
	fmt.Println(n, err)
	_, err = fmt.Sscan("", &a)
	fmt.Println(err == io.EOF, errors.Is(err, io.EOF))
	_, err = fmt.Sscanf(`"open`, "%q", &s)
	fmt.Println(err == io.ErrUnexpectedEOF, err)
	_, err = fmt.Sscan("99999999999999999999", &a)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Num, ne.Err == strconv.ErrRange)
	var name string
	var score float64
	var line []byte
	n, err = fmt.Sscanf("ana: 9.5 6869", "%s %f %x", &name, &score, &line)
	fmt.Println(n, err, name, score, string(line))
}

func main() {
	sscanLines()
	kinds()
	formats()
	operands()
}

/* OUTPUT:
Sscan "12 34": 2 <nil> 12 34
Sscanln "12 34": 2 <nil> 12 34
Sscan "12": 1 EOF 12 0
Sscanln "12": 1 EOF 12 0
Sscan "": 0 EOF 0 0
Sscanln "": 0 EOF 0 0
Sscan "  7\n8": 2 <nil> 7 8
Sscanln "  7\n8": 1 unexpected newline 7 0
Sscan "x 1": 0 expected integer 0 0
Sscanln "x 1": 0 expected integer 0 0
Sscan "12abc 3": 1 expected integer 12 0
Sscanln "12abc 3": 1 expected integer 12 0
Sscan "-5 +6": 2 <nil> -5 6
Sscanln "-5 +6": 2 <nil> -5 6
Sscan "0x1f 0b101": 2 <nil> 31 5
Sscanln "0x1f 0b101": 2 <nil> 31 5
Sscan "1_000 2": 2 <nil> 1000 2
Sscanln "1_000 2": 2 <nil> 1000 2
Sscan "99999999999999999999 1": 0 strconv.ParseInt: parsing "99999999999999999999": value out of range 0 0
Sscanln "99999999999999999999 1": 0 strconv.ParseInt: parsing "99999999999999999999": value out of range 0 0
3 unsigned integer overflow on token 300 bob 3.5 true 0
4 <nil> bob 3.5 true 200
Sscanf "%d %d" "3 4": 2 <nil> 3 4 "" 3.5
Sscanf "%d,%d" "3,4": 2 <nil> 3 4 "" 3.5
Sscanf "%d,%d" "3, 4": 2 <nil> 3 4 "" 3.5
Sscanf "%d-%d" "3 - 4": 1 input does not match format 3 0 "" 3.5
Sscanf "(%d, %d)" "(1, 2)": 2 <nil> 1 2 "" 3.5
Sscanf "%d %d" "3": 1 EOF 3 0 "" 3.5
Sscanf "%d %d" "": 0 EOF 0 0 "" 3.5
Sscanf "%d" "abc": 0 expected integer 0 0 "" 3.5
Sscanf "x=%d" "y=3": 0 input does not match format 0 0 "" 3.5
Sscanf "%d\n%d" "1\n2": 2 <nil> 1 2 "" 3.5
Sscanf "%d %d" "1\n2": 1 newline in input does not match format 1 0 "" 3.5
Sscanf "%s %d" "ann 42": 2 <nil> 42 0 "ann" 3.5
Sscanf "%v %v" "ann 42": 2 <nil> 42 0 "ann" 3.5
Sscanf "%q %d" "\"hi there\" 5": 2 <nil> 5 0 "hi there" 3.5
Sscanf "%x %x" "ff 1A": 2 <nil> 255 26 "" 3.5
Sscanf "%f" "2.5e3": 1 <nil> 0 0 "" 2500
Sscanf "%5s%d" "abcdefg12": 1 expected integer 0 0 "abcde" 2500
Sscanf "%d%%" "50%": 1 <nil> 50 0 "" 2500
Sscanf "%d %s" "1": 1 EOF 1 0 "" 2500
Sscanf "%c%c" "hé": 2 <nil> 104 233 "" 2500
1 too many operands
2 too few operands for format '%d'
0 type not a pointer: int
true true
true unexpected EOF
true 99999999999999999999 true
3 <nil> ana: 9.5 hi
*/
