// Intro course: integer wrap-around at every width, MinInt64 / -1, shifts, integer verbs.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int32 = math.MaxInt32
	c += 1
	fmt.Println(c)
	var d int64 = math.MaxInt64
	d++
	fmt.Println(d, -d)
	var u uint = 0
	u--
	fmt.Println(u, u+1)
	x := math.MinInt64
	fmt.Println(x, -x, x/-1)
	var e uint16 = 65535
	fmt.Println(e*e, e+1, int16(e), uint32(e)<<16)
	f := 1 << 62
	fmt.Println(f*4, f*2)
	var s int8 = -128
	fmt.Println(s/-1, s*-1, -s)
	fmt.Println(uint8(300&0xff), int8(-1)>>1, uint8(200)>>1, -5>>1, -5/2)
	fmt.Printf("%d %x %X %o %b %08b %#x %#o\n", 255, 255, 255, 8, 5, 5, 255, 8)
	fmt.Printf("%x %x\n", -255, uint8(255))
	fmt.Println(math.MaxUint32, math.MinInt8, float64(math.MaxInt64))
}

/* OUTPUT:
-128
255
-2147483648
-9223372036854775808 -9223372036854775808
18446744073709551615 0
-9223372036854775808 -9223372036854775808 -9223372036854775808
1 0 -1 4294901760
0 -9223372036854775808
-128 -128 -128
44 -1 100 -3 -2
255 ff FF 10 101 00000101 0xff 010
-ff ff
4294967295 -128 9.223372036854776e+18
*/
