package main

import "fmt"

const size = 6

type Ring struct {
	data  [size]int
	start int
	count int
}

func (r *Ring) Push(v int) {
	buf := &r.data
	if r.count < len(buf) {
		buf[(r.start+r.count)%len(buf)] = v
		r.count++
		return
	}
	buf[r.start] = v
	r.start = (r.start + 1) % len(buf)
}

func (r *Ring) Items() []int {
	var out []int
	buf := &r.data
	for i := 0; i < r.count; i++ {
		out = append(out, buf[(r.start+i)%len(buf)])
	}
	return out
}

func total(p *[size]int) int {
	t := 0
	for _, v := range p {
		t += v
	}
	return t
}

func reset(p *[size]int) {
	for i := range p {
		p[i] = 0
	}
}

func main() {
	var r Ring
	for i := 1; i <= 9; i++ {
		r.Push(i * 10)
		fmt.Println(r.Items())
	}
	p := &r.data
	fmt.Println("raw:", p[:], "len", len(p), "cap", cap(p))
	fmt.Println("first half:", p[:size/2], "second half:", p[size/2:])
	fmt.Println("total:", total(p))
	reset(p)
	fmt.Println("after reset:", r.data, total(&r.data))
}
