package main

import "fmt"

// LRU cache with a hand-made doubly linked list and a map
type node struct {
	key, value int
	prev, next *node
}

type LRU struct {
	capacity int
	items    map[int]*node
	head     *node // most recent
	tail     *node // least recent
}

func NewLRU(capacity int) *LRU {
	return &LRU{capacity: capacity, items: make(map[int]*node)}
}

func (c *LRU) unlink(n *node) {
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		c.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		c.tail = n.prev
	}
	n.prev = nil
	n.next = nil
}

func (c *LRU) pushFront(n *node) {
	n.next = c.head
	if c.head != nil {
		c.head.prev = n
	}
	c.head = n
	if c.tail == nil {
		c.tail = n
	}
}

func (c *LRU) Get(key int) (int, bool) {
	n, ok := c.items[key]
	if !ok {
		return 0, false
	}
	c.unlink(n)
	c.pushFront(n)
	return n.value, true
}

func (c *LRU) Put(key, value int) {
	if n, ok := c.items[key]; ok {
		n.value = value
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.items) == c.capacity {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		fmt.Println("evict", old.key)
	}
	n := &node{key: key, value: value}
	c.items[key] = n
	c.pushFront(n)
}

func (c *LRU) String() string {
	s := "["
	for n := c.head; n != nil; n = n.next {
		if n != c.head {
			s += " "
		}
		s += fmt.Sprintf("%d:%d", n.key, n.value)
	}
	return s + "]"
}

func main() {
	cache := NewLRU(3)
	cache.Put(1, 10)
	cache.Put(2, 20)
	cache.Put(3, 30)
	fmt.Println(cache)
	if v, ok := cache.Get(1); ok {
		fmt.Println("got 1 =", v)
	}
	cache.Put(4, 40)
	fmt.Println(cache)
	_, ok := cache.Get(2)
	fmt.Println("2 present?", ok)
	cache.Put(3, 33)
	cache.Put(5, 50)
	fmt.Println(cache)
	fmt.Println("size", len(cache.items))
}
