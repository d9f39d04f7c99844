package main

import (
	"errors"
	"fmt"
	"strings"
)

// Byte-level utilities for the networking lab: a packet is a []byte, a
// checksum folds its bytes, hex is done by hand.

type Packet = []byte
type Byte = byte

const hexDigits = "0123456789abcdef"

func checksum(p Packet) Byte {
	var sum Byte
	for _, b := range p {
		sum += b // wraps at 256
	}
	return ^sum + 1
}

func xorAll(p Packet) (x byte) {
	for i := range p {
		x ^= p[i]
	}
	return
}

func toHex(p Packet) string {
	out := make([]byte, 0, len(p)*2)
	for _, b := range p {
		out = append(out, hexDigits[b>>4], hexDigits[b&0x0f])
	}
	return string(out)
}

func fromHex(s string) (Packet, error) {
	if len(s)%2 != 0 {
		return nil, errors.New("odd length")
	}
	p := make(Packet, len(s)/2)
	for i := 0; i < len(s); i += 2 {
		hi := strings.IndexByte(hexDigits, s[i])
		lo := strings.IndexByte(hexDigits, s[i+1])
		if hi < 0 || lo < 0 {
			return nil, fmt.Errorf("bad hex digit at %d", i)
		}
		p[i/2] = Byte(hi<<4 | lo)
	}
	return p, nil
}

func upper(p Packet) {
	for i, b := range p {
		if b >= 'a' && b <= 'z' {
			p[i] = b - 'a' + 'A'
		}
	}
}

func frame(payload string) Packet {
	p := Packet{0x7e, byte(len(payload))}
	p = append(p, payload...)
	return append(p, checksum(p))
}

func main() {
	p := frame("hello, net")
	fmt.Println(len(p), p[0], p[1])
	fmt.Println(toHex(p))
	fmt.Printf("sum=%d xor=%#x check=%v\n", checksum(p[:len(p)-1]), xorAll(p), checksum(p) == 0)
	q, err := fromHex(toHex(p))
	fmt.Println(string(q[2:len(q)-1]), err)
	_, err = fromHex("abc")
	fmt.Println("error:", err)
	_, err = fromHex("zz")
	fmt.Println("error:", err)
	body := q[2 : len(q)-1]
	upper(body)
	fmt.Printf("%s %q %T\n", body, body[0], body)
	var b Byte = 250
	b += 10
	fmt.Println(b, b>>1, b<<7, ^b)
	fmt.Printf("%08b %x %X %c\n", b, p[:4], "hi", 'A'+b)
}
