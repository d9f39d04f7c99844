package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type SortedList struct {
	head *Node
	size int
}

func (l *SortedList) Insert(v int) {
	n := &Node{Val: v}
	if l.head == nil || v < l.head.Val {
		n.Next = l.head
		l.head = n
		l.size++
		return
	}
	cur := l.head
	for cur.Next != nil && cur.Next.Val <= v {
		cur = cur.Next
	}
	n.Next = cur.Next
	cur.Next = n
	l.size++
}

func (l *SortedList) Remove(v int) bool {
	pp := &l.head
	for *pp != nil {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
		pp = &(*pp).Next
	}
	return false
}

func (l *SortedList) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, n.Val)
	}
	sb.WriteString("]")
	return sb.String()
}

func reverse(h *Node) *Node {
	var prev *Node
	for h != nil {
		next := h.Next
		h.Next = prev
		prev = h
		h = next
	}
	return prev
}

func middle(h *Node) *Node {
	slow, fast := h, h
	for fast != nil && fast.Next != nil {
		slow = slow.Next
		fast = fast.Next.Next
	}
	return slow
}

func main() {
	l := &SortedList{}
	for _, v := range []int{5, 1, 9, 3, 7, 3, 0} {
		l.Insert(v)
	}
	fmt.Println(l, l.size)
	fmt.Println(l.Remove(3), l.Remove(42), l.Remove(0))
	fmt.Println(l.String(), l.size)
	fmt.Println("middle:", middle(l.head).Val)
	l.head = reverse(l.head)
	fmt.Println("reversed:", l)
}
