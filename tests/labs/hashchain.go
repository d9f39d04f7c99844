package main

import "fmt"

// a hash table with separate chaining, written by hand
type entry struct {
	key   string
	value int
	next  *entry
}

type HashTable struct {
	buckets []*entry
	count   int
}

func hash(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func NewTable(size int) *HashTable {
	return &HashTable{buckets: make([]*entry, size)}
}

func (t *HashTable) index(key string) int {
	return int(hash(key) % uint32(len(t.buckets)))
}

func (t *HashTable) Set(key string, value int) {
	i := t.index(key)
	for e := t.buckets[i]; e != nil; e = e.next {
		if e.key == key {
			e.value = value
			return
		}
	}
	t.buckets[i] = &entry{key, value, t.buckets[i]}
	t.count++
	if t.count > 2*len(t.buckets) {
		t.grow()
	}
}

func (t *HashTable) Get(key string) (int, bool) {
	for e := t.buckets[t.index(key)]; e != nil; e = e.next {
		if e.key == key {
			return e.value, true
		}
	}
	return 0, false
}

func (t *HashTable) Delete(key string) bool {
	i := t.index(key)
	var prev *entry
	for e := t.buckets[i]; e != nil; prev, e = e, e.next {
		if e.key == key {
			if prev == nil {
				t.buckets[i] = e.next
			} else {
				prev.next = e.next
			}
			t.count--
			return true
		}
	}
	return false
}

func (t *HashTable) grow() {
	old := t.buckets
	t.buckets = make([]*entry, len(old)*2)
	t.count = 0
	fmt.Println("growing to", len(t.buckets))
	for _, head := range old {
		for e := head; e != nil; e = e.next {
			t.Set(e.key, e.value)
		}
	}
}

func main() {
	t := NewTable(2)
	words := []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
	for i, w := range words {
		t.Set(w, i+1)
	}
	t.Set("three", 33)
	fmt.Println("count", t.count, "buckets", len(t.buckets))
	for _, w := range []string{"one", "three", "ten", "eleven"} {
		v, ok := t.Get(w)
		fmt.Println(w, v, ok)
	}
	fmt.Println(t.Delete("four"), t.Delete("four"), t.count)
	longest := 0
	for _, b := range t.buckets {
		n := 0
		for e := b; e != nil; e = e.next {
			n++
		}
		if n > longest {
			longest = n
		}
	}
	fmt.Println("longest chain", longest)
	fmt.Printf("%08x %d\n", hash("hello"), hash(""))
}
