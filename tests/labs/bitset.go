package main

import (
	"fmt"
	"strings"
)

type BitSet struct {
	words []uint64
}

func (b *BitSet) Add(n int) {
	w := n / 64
	for len(b.words) <= w {
		b.words = append(b.words, 0)
	}
	b.words[w] |= 1 << uint(n%64)
}

func (b *BitSet) Has(n int) bool {
	w := n / 64
	return w < len(b.words) && b.words[w]&(1<<uint(n%64)) != 0
}

func (b *BitSet) Remove(n int) {
	if w := n / 64; w < len(b.words) {
		b.words[w] &^= 1 << uint(n%64)
	}
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func (b *BitSet) Len() int {
	n := 0
	for _, w := range b.words {
		n += popcount(w)
	}
	return n
}

func (b *BitSet) Union(o *BitSet) *BitSet {
	r := &BitSet{}
	for i := 0; i < len(b.words) || i < len(o.words); i++ {
		var x, y uint64
		if i < len(b.words) {
			x = b.words[i]
		}
		if i < len(o.words) {
			y = o.words[i]
		}
		r.words = append(r.words, x|y)
	}
	return r
}

func (b *BitSet) String() string {
	var parts []string
	for i, w := range b.words {
		for j := 0; j < 64; j++ {
			if w&(1<<uint(j)) != 0 {
				parts = append(parts, fmt.Sprint(i*64+j))
			}
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	a := &BitSet{}
	for _, n := range []int{1, 3, 5, 64, 130, 3} {
		a.Add(n)
	}
	b := &BitSet{}
	b.Add(2)
	b.Add(3)
	b.Add(200)
	fmt.Println(a, a.Len())
	fmt.Println(b, b.Len())
	u := a.Union(b)
	fmt.Println(u, u.Len())
	a.Remove(64)
	a.Remove(1000)
	fmt.Println(a, a.Has(64), a.Has(130), a.Has(9999))
	fmt.Printf("%064b\n", a.words[0])
	fmt.Printf("%x %d\n", u.words, len(u.words))
	var x uint8 = 200
	x += 100
	fmt.Println(x, ^uint16(0), uint32(1)<<31)
}
