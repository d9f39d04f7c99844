// corner_consts: one of fifteen small programs on corners of what ml0c supports
// (session 9, gosmall), compared with go1.19: output and -m lines.
package main

import "fmt"

type Size int64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

type Color uint8

const (
	Red Color = iota + 1
	Green
	_
	Blue = Green * 10
)

const big = 1 << 100
const ratio = big >> 98
const third = 1.0 / 3
const greeting = "hi" + ", " + "there"

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", uint8(c))
}

func main() {
	fmt.Println(KB, MB, GB, Red, Green, Blue, ratio, third, greeting, len(greeting))
	fmt.Printf("%T %T %T %v %d\n", KB, Blue, third, Color(9), Blue)
	var f32 float32 = third
	var x uint8 = 255
	x <<= 1
	var y int16 = -32768
	y = -y
	fmt.Println(f32, x, y, ^uint16(0), ^0, 1<<3|1, 6&^2, 7&3, 1^3)
	const typed int8 = 100
	fmt.Println(typed/3, typed%7, -typed, float64(typed)/3)
	fmt.Println('a', 'a'+1, string(rune('a'+1)), "\u00e9" == "é", len("\xff"), "\x41")
	fmt.Println(0x1F, 0o17, 017, 0b101, 1_000_000, 0x1p4, 1e3, .5, 5.)
}
