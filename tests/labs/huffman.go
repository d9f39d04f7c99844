package main

import (
	"fmt"
	"sort"
)

type HNode struct {
	ch          byte
	freq        int
	left, right *HNode
}

func (n *HNode) leaf() bool { return n.left == nil && n.right == nil }

// a tiny priority queue kept sorted by hand
type PQ []*HNode

func (pq *PQ) push(n *HNode) {
	*pq = append(*pq, n)
	sort.SliceStable(*pq, func(i, j int) bool { return (*pq)[i].freq < (*pq)[j].freq })
}

func (pq *PQ) pop() *HNode {
	old := *pq
	n := old[0]
	*pq = old[1:]
	return n
}

func build(text string) *HNode {
	counts := make(map[byte]int)
	for i := 0; i < len(text); i++ {
		counts[text[i]]++
	}
	var chars []byte
	for c := range counts {
		chars = append(chars, c)
	}
	sort.Slice(chars, func(i, j int) bool { return chars[i] < chars[j] })
	pq := &PQ{}
	for _, c := range chars {
		pq.push(&HNode{ch: c, freq: counts[c]})
	}
	for len(*pq) > 1 {
		a := pq.pop()
		b := pq.pop()
		pq.push(&HNode{freq: a.freq + b.freq, left: a, right: b})
	}
	return pq.pop()
}

func codes(n *HNode, prefix string, table map[byte]string) {
	if n.leaf() {
		if prefix == "" {
			prefix = "0"
		}
		table[n.ch] = prefix
		return
	}
	codes(n.left, prefix+"0", table)
	codes(n.right, prefix+"1", table)
}

func main() {
	text := "abracadabra alakazam"
	root := build(text)
	table := map[byte]string{}
	codes(root, "", table)
	var keys []int
	for c := range table {
		keys = append(keys, int(c))
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("%q -> %s\n", byte(k), table[byte(k)])
	}
	bits := 0
	encoded := ""
	for i := 0; i < len(text); i++ {
		encoded += table[text[i]]
		bits += len(table[text[i]])
	}
	fmt.Println(encoded)
	fmt.Printf("%d bits instead of %d (%.1f%%)\n", bits, len(text)*8, 100*float64(bits)/float64(len(text)*8))

	// decode it back
	decoded := []byte{}
	n := root
	for _, b := range encoded {
		if b == '0' {
			n = n.left
		} else {
			n = n.right
		}
		if n.leaf() {
			decoded = append(decoded, n.ch)
			n = root
		}
	}
	fmt.Println(string(decoded), string(decoded) == text)
}
