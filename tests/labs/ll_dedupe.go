package main

import "fmt"

type DNode struct {
	key        string
	prev, next *DNode
}

type DList struct {
	head, tail *DNode
	n          int
}

func (d *DList) PushBack(k string) *DNode {
	node := &DNode{key: k, prev: d.tail}
	if d.tail != nil {
		d.tail.next = node
	} else {
		d.head = node
	}
	d.tail = node
	d.n++
	return node
}

func (d *DList) Unlink(node *DNode) {
	if node.prev != nil {
		node.prev.next = node.next
	} else {
		d.head = node.next
	}
	if node.next != nil {
		node.next.prev = node.prev
	} else {
		d.tail = node.prev
	}
	node.prev, node.next = nil, nil
	d.n--
}

func (d *DList) Dedupe() int {
	seen := make(map[string]bool)
	removed := 0
	for cur := d.head; cur != nil; {
		next := cur.next
		if seen[cur.key] {
			d.Unlink(cur)
			removed++
		} else {
			seen[cur.key] = true
		}
		cur = next
	}
	return removed
}

func (d *DList) Keys() []string {
	keys := []string{}
	for cur := d.head; cur != nil; cur = cur.next {
		keys = append(keys, cur.key)
	}
	return keys
}

func (d *DList) Backward() []string {
	var keys []string
	for cur := d.tail; cur != nil; cur = cur.prev {
		keys = append(keys, cur.key)
	}
	return keys
}

func main() {
	var d DList
	for _, w := range []string{"red", "green", "red", "blue", "green", "red", "gold"} {
		d.PushBack(w)
	}
	fmt.Println(d.Keys(), d.n)
	fmt.Println("removed", d.Dedupe())
	fmt.Println(d.Keys(), d.Backward(), d.n)
	d.Unlink(d.head)
	d.Unlink(d.tail)
	fmt.Printf("%q %d\n", d.Keys(), d.n)
}
