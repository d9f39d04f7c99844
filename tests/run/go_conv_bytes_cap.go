// A []byte or []rune conversion gets go1.19's capacity: a constant's
// length, 32 when it does not escape and fits Go's frame buffer, else
// its bytes rounded up to a size class (cap([]byte(s)) is 32 in Go).
package main

import (
	"fmt"
	"strings"
)

var sink []byte
var rsink []rune

func main() {
	s := strings.Repeat("ab", 3)
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), cap(b), len(r), cap(r))
	long := strings.Repeat("x", 40)
	b2 := []byte(long)
	r2 := []rune(long)
	fmt.Println(len(b2), cap(b2), len(r2), cap(r2))
	sink = []byte(s)
	rsink = []rune(s)
	fmt.Println(cap(sink), cap(rsink))
	c := []byte("hello ")
	c2 := []rune("héllo")
	const k = "konst"
	c3 := []byte(k)
	fmt.Println(cap(c), cap(c2), cap(c3))
	z := append([]byte(s), "world"...)
	fmt.Println(len(z), cap(z), string(z))
	e := []byte("")
	e2 := []byte(s[:0])
	fmt.Println(cap(e), cap(e2), e == nil, e2 == nil)
}

/* OUTPUT:
6 32 6 32
40 48 40 40
8 6
6 5 5
11 32 abababworld
0 32 false false
*/
