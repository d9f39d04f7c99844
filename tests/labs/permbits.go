package main

import "fmt"

const (
	Read uint8 = 1 << iota
	Write
	Exec
)

func describe(p uint8) string {
	s := []byte("---")
	if p&Read != 0 {
		s[0] = 'r'
	}
	if p&Write != 0 {
		s[1] = 'w'
	}
	if p&Exec != 0 {
		s[2] = 'x'
	}
	return string(s)
}

func popcount(x uint64) int {
	count := 0
	for x != 0 {
		x &= x - 1
		count++
	}
	return count
}

func reverseBits(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func isPowerOfTwo(n uint64) bool {
	return n != 0 && n&(n-1) == 0
}

func main() {
	var perm uint8 = Read | Write
	fmt.Println(describe(perm), perm)
	perm |= Exec
	fmt.Println(describe(perm), perm)
	perm &^= Write
	fmt.Println(describe(perm), perm)
	perm ^= Read
	fmt.Println(describe(perm), perm)

	var b uint8 = 250
	b += 10
	fmt.Println("wrapped:", b)
	var small uint8 = 3
	small -= 5
	fmt.Println("underflow:", small)

	for _, v := range []uint8{1, 6, 0xF0, 0x81} {
		fmt.Printf("%08b -> %08b\n", v, reverseBits(v))
	}
	nums := []uint64{0, 1, 255, 1 << 40, 0xFFFFFFFFFFFFFFFF}
	for _, n := range nums {
		fmt.Printf("%d: bits=%d pow2=%t hex=%#x\n", n, popcount(n), isPowerOfTwo(n), n)
	}
	var mask uint64 = 1<<63 | 1
	fmt.Println(mask, mask>>62, mask<<1)
	x := uint64(12345678901234567890)
	fmt.Println(x%1000, x/3, uint32(x), uint16(x), int8(uint8(x)))
}
