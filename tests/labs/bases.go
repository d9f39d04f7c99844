package main

import (
	"fmt"
	"strconv"
)

func toBinary(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = strconv.Itoa(n%2) + s
		n /= 2
	}
	return s
}

func toBase(n, base int) string {
	const digits = "0123456789ABCDEF"
	if n == 0 {
		return "0"
	}
	var buf []byte
	for n > 0 {
		buf = append([]byte{digits[n%base]}, buf...)
		n /= base
	}
	return string(buf)
}

func fromBinary(s string) int {
	n := 0
	for _, c := range s {
		n = n*2 + int(c-'0')
	}
	return n
}

func main() {
	for _, n := range []int{0, 1, 5, 10, 255, 1024, 4095} {
		fmt.Printf("%5d  %12s  %4s  %s\n", n, toBinary(n), toBase(n, 16), toBase(n, 8))
	}
	fmt.Println(fromBinary("101010"), fromBinary("11111111"))
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	fmt.Printf("%b %o %x %X %#x %08b\n", 200, 200, 200, 200, 200, 5)
	v, err := strconv.Atoi("1234")
	fmt.Println(v+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	n, _ := strconv.ParseInt("ff", 16, 64)
	fmt.Println(n)
}
