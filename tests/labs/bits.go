package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseByte(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func isPowerOfTwo(n int) bool {
	return n > 0 && n&(n-1) == 0
}

func main() {
	for _, x := range []uint64{0, 1, 7, 255, 1 << 40, 0xFFFFFFFFFFFFFFFF} {
		fmt.Printf("%20d has %2d bits set\n", x, popcount(x))
	}
	for _, b := range []uint8{1, 6, 0xF0, 0xAA} {
		fmt.Printf("%08b -> %08b\n", b, reverseByte(b))
	}
	var p []int
	for i := 0; i <= 70; i++ {
		if isPowerOfTwo(i) {
			p = append(p, i)
		}
	}
	fmt.Println(p)
	var u uint8 = 250
	u += 10
	var i8 int8 = 127
	i8++
	fmt.Println(u, i8, ^0, 5&^3, 1<<3|1, -7>>1, uint32(1)<<31)
	flags := 0
	const (
		read  = 1
		write = 2
		exec  = 4
	)
	flags |= read | exec
	fmt.Println(flags&write != 0, flags&exec != 0, flags)
}
